/** The permission table, part 4 of 6 (tests/helpers/permission-table.ts says why it comes in parts). */
import { permissionTable } from '../helpers/permission-table.ts';

permissionTable({ part: 4, of: 6 });
