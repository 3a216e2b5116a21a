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
      /**
       * Team leads read (only read) every workspace owned by one of their teams or by a
       * member of one, in the plugin and in the catalog. Members come from the catalog.
       */
      teamLeads?: Array<{
        /** Entity ref of the lead: a user, or a group whose members all lead. */
        lead: string;
        /** Entity refs of the groups they lead. */
        teams: string[];
      }>;
    };
  };
}
