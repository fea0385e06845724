export { formatSource, type Source } from './Source';
