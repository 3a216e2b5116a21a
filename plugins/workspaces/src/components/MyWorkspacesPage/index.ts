export { MyWorkspacesPage } from './MyWorkspacesPage';
