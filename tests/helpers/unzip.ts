// Reading .xlsx files back in tests: the zip reader and cell parsers scripts/ uses too.
export { cellsOf, stylesOf, tableOf, unzip } from '../../scripts/lib/unzip';
