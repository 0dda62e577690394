using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Tests.Support;

// One running app per provider for the whole test assembly: start-up and migrations are paid once,
// and Hangfire's process-wide configuration is not torn down under another test's feet.
public sealed class SqliteApp() : QipAppFactory(DatabaseProvider.Sqlite);
public sealed class PostgresApp() : QipAppFactory(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class OnSqlite : ICollectionFixture<SqliteApp> { public const string Name = "app on SQLite"; }

[CollectionDefinition(Name)]
public sealed class OnPostgres : ICollectionFixture<PostgresApp> { public const string Name = "app on PostgreSQL"; }
