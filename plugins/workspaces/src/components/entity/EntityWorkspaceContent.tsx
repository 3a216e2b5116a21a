/** Being built; replaced by the Workspace tab of workspace entities. */
export function EntityWorkspaceContent() {
  return <div>EntityWorkspaceContent</div>;
}
