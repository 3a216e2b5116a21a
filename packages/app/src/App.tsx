import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import workspacesPlugin from '@oqullus/plugin-workspaces/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogPlugin,
    workspacesPlugin,
    navModule,
    homeModule,
    signInModule,
  ],
});
