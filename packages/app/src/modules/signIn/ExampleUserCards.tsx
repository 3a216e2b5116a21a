import Button from '@material-ui/core/Button';
import Card from '@material-ui/core/Card';
import CardActions from '@material-ui/core/CardActions';
import CardContent from '@material-ui/core/CardContent';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ExampleUser } from './exampleUsers';

export function ExampleUserCards(props: {
  users: ExampleUser[];
  onChoose(name: string): void;
}) {
  if (props.users.length === 0) {
    return (
      <Typography>
        No example users are configured: add them under
        auth.providers.example-users.users in app-config.yaml.
      </Typography>
    );
  }
  return (
    <Grid
      container
      spacing={3}
      component="ul"
      style={{ listStyle: 'none', padding: 0 }}
    >
      {props.users.map(user => (
        <Grid item xs={12} sm={6} md={4} key={user.name} component="li">
          <Card>
            <CardContent>
              <Typography variant="h5" component="h2">
                {user.displayName}
              </Typography>
              <Chip
                label={user.role}
                size="small"
                style={{ margin: '8px 0' }}
              />
              <Typography color="textSecondary">{user.description}</Typography>
              <Typography variant="caption" component="p">
                user:default/{user.name}
              </Typography>
            </CardContent>
            <CardActions>
              <Button
                color="primary"
                variant="contained"
                onClick={() => props.onChoose(user.name)}
              >
                Sign in as {user.displayName}
              </Button>
            </CardActions>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
