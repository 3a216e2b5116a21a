import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

const exampleUserSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () =>
      (await import('./ExampleUserSignInPage')).ExampleUserSignInPage,
  },
});

/** Replaces the app's sign-in page with the example users' one. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [exampleUserSignInPage],
});
