export { segmentText } from './segment-text.ts'
