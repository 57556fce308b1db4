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
