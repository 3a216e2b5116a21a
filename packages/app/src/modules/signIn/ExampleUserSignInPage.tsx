import { useState } from 'react';
import {
  Content,
  Header,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { coreApis, IdentityApi, useApi } from '@backstage/frontend-plugin-api';
import { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  chosenExampleUser,
  EXAMPLE_USER_HEADER,
  EXAMPLE_USERS_PROVIDER_ID,
  readExampleUsers,
} from './exampleUsers';
import { ExampleUserCards } from './ExampleUserCards';

/** Signing out also forgets the chosen user, so the next visit offers the list again. */
function forgetChoiceOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      chosenExampleUser.clear();
      await identity.signOut();
    },
  };
}

/**
 * The sign-in page of the embedded portal: pick one of the example users of
 * examples/org.yaml; the backend's example-users provider then issues their token.
 */
export function ExampleUserSignInPage(props: SignInPageProps) {
  const config = useApi(coreApis.config);
  const users = readExampleUsers(config);
  const [chosen, setChosen] = useState(chosenExampleUser.get());

  const choose = (name: string | undefined) => {
    if (name) chosenExampleUser.set(name);
    else chosenExampleUser.clear();
    setChosen(name);
  };

  if (chosen) {
    return (
      <ProxiedSignInPage
        provider={EXAMPLE_USERS_PROVIDER_ID}
        headers={{ [EXAMPLE_USER_HEADER]: chosen }}
        onSignInSuccess={identity =>
          props.onSignInSuccess(forgetChoiceOnSignOut(identity))
        }
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Header title="Could not sign in" />
            <Content>
              <Typography paragraph>
                Signing in as <strong>{chosen}</strong> failed:{' '}
                {error?.message ?? 'unknown error'}
              </Typography>
              <Typography paragraph color="textSecondary">
                Right after the portal starts, the catalog may not have loaded
                the example users yet: try again in a few seconds.
              </Typography>
              <Button
                variant="contained"
                color="primary"
                onClick={() => window.location.reload()}
              >
                Try again
              </Button>{' '}
              <Button variant="outlined" onClick={() => choose(undefined)}>
                Choose another user
              </Button>
            </Content>
          </Page>
        )}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header
        title="Sign in to Oqullus Workspaces"
        subtitle="Example users of the embedded portal (examples/org.yaml). Pick whom to be."
      />
      <Content>
        <ExampleUserCards users={users} onChoose={choose} />
      </Content>
    </Page>
  );
}
