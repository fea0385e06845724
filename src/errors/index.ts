export { BudgetWhatIfError, type BudgetWhatIfIssue } from './BudgetWhatIfError';
export type { ErrorCode } from './codes';
export { isBudgetWhatIfError } from './isBudgetWhatIfError';
