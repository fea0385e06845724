export { formatSource, type Assumption, type Source } from './Source';
