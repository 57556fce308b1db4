export { en as messages } from './messages'
export { LABELS_EN as labels } from './labels'
export { trends } from './trends'
