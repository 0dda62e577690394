using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Persistence;

// Used only by `dotnet ef migrations add`; the app builds its contexts in PersistenceSetup.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQipDbContext>
{
    public SqliteQipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQipDbContext>().UseSqlite("Data Source=design.db").Options, new CurrentUser());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQipDbContext>
{
    public PostgresQipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQipDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new CurrentUser());
}
