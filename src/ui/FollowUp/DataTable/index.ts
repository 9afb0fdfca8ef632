export { DataTable } from './DataTable';
export type { DataTableProps, DataTableRow } from './DataTable';
