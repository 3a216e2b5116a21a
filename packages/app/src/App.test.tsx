import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('starts on the example users sign-in page', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            auth: {
              providers: {
                'example-users': {
                  users: [
                    {
                      name: 'dana.dev',
                      displayName: 'Dana',
                      role: 'Developer',
                    },
                  ],
                },
              },
            },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    expect(
      await screen.findByRole(
        'button',
        { name: 'Sign in as Dana' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  }, 30_000);
});
