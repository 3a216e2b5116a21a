export { EntityWorkspaceContent } from './EntityWorkspaceContent';
export { WorkspacesUsingResourceCard } from './WorkspacesUsingResourceCard';
export { isWorkspaceEntity, isAccountResourceEntity } from './entityFilters';
