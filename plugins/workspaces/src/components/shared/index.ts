export { StatusChip } from './StatusChip';
export { errorMessage } from './errorMessage';
export { RelativeTime, relativeTime } from './RelativeTime';
export {
  ReadableErrorColour,
  readableErrorColours,
} from './ReadableErrorColour';
export { useEntityName } from './useEntityName';
