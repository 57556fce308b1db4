import type { Observation } from '@/domain/observation'

/** Test rows. Figures here are synthetic unless a test says it reads the shipped dataset. */
export const TEST_SOURCE = { title: '测试用合成数据（非真实报告）', url: '' }

export function obs(partial: Partial<Observation> & Pick<Observation, 'metric' | 'year'>): Observation {
  return {
    agency: '测试市',
    dim1: '',
    dim2: '',
    label: '',
    unit: '条',
    qualifier: '',
    value: 0,
    source: TEST_SOURCE,
    ...partial,
  }
}

/** One synthetic 表三 cell as a full row: the starting point of the CSV reading and writing tests. */
export const SAMPLE_ROW: Observation = {
  agency: '示例县',
  year: 2020,
  metric: 't3.granted',
  dim1: 'total',
  dim2: '',
  label: '',
  unit: '件',
  qualifier: '',
  value: 8,
  source: { title: '示例县2020年政府信息公开工作年度报告', url: '' },
}
