export { WorkspacePage } from './WorkspacePage';
export { WorkspaceDetails } from './WorkspaceDetails';
export { WorkspaceHeaderCard } from './header/WorkspaceHeaderCard';
export { OverviewTab } from './overview/OverviewTab';
export { ApprovalBanner } from './banner/ApprovalBanner';
