using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Tests.Support;

// One app per provider, shared by the tests of a class (xunit class fixtures need parameterless types).
public sealed class SqliteApp() : QipAppFactory(DatabaseProvider.Sqlite);
public sealed class PostgresApp() : QipAppFactory(DatabaseProvider.Postgres);
