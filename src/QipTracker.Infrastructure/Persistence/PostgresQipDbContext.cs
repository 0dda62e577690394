using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>Production: PostgreSQL, shared by any number of app nodes.</summary>
public sealed class PostgresQipDbContext(DbContextOptions<PostgresQipDbContext> options, ICurrentUser currentUser)
    : QipDbContext(options, currentUser);
