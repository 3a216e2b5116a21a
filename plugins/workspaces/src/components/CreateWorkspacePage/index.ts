export { CreateWorkspacePage } from './CreateWorkspacePage';
