import { pgConnectionTarget } from './pgConnectionTarget';

describe('pgConnectionTarget', () => {
  it.each([
    [
      'postgres://tf:pw@db.internal:6543/state',
      { host: 'db.internal', port: 6543 },
    ],
    [
      'postgresql://tf:pw@db.internal/state?sslmode=require',
      { host: 'db.internal', port: 5432 },
    ],
    ['postgres://tf:p%40ss@[::1]:5433/state', { host: '::1', port: 5433 }],
    [
      'postgres:///state?host=db.internal&port=7000',
      { host: 'db.internal', port: 7000 },
    ],
    [
      "host=db.internal port=6000 user=tf password='a b' dbname=state",
      { host: 'db.internal', port: 6000 },
    ],
    ['host=db1,db2 port=6000,6001', { host: 'db1', port: 6000 }],
  ])('finds the server in %s', (connectionString, target) => {
    expect(pgConnectionTarget(connectionString)).toEqual(target);
  });

  it.each([
    'postgres:///state',
    'host=/var/run/postgresql dbname=state',
    'postgres://tf:pw@db.internal:notaport/state',
    'not a connection string',
    '',
  ])('finds no TCP server in %j, without throwing', connectionString => {
    expect(pgConnectionTarget(connectionString)).toBeUndefined();
  });
});
