export interface Config {
  workspaces?: {
    /**
     * Who holds the account-wide roles of Oqullus Workspaces. The workspaces backend and
     * this policy both read it.
     */
    roles?: {
      /** Entity refs of users or groups that are Account Owners. */
      accountOwners?: string[];
      /** Entity refs of users or groups that are Admins. */
      admins?: string[];
    };
  };
}
