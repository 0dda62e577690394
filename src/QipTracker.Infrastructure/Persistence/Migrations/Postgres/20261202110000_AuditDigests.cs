using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// No schema change: marks the release whose audit trail keeps size and SHA-256 instead of whole values, so the
    /// start-up that applies it compacts the old rows once (see MigrationDataSteps).
    /// </summary>
    [DbContext(typeof(PostgresQipDbContext))]
    [Migration("20261202110000_AuditDigests")]
    public partial class AuditDigests : Migration
    {
        // Its model is the one before it (no schema change). Without a target model, SQLite could not rebuild tables
        // when migrating back down to this release.
        /// <inheritdoc />
        public override IModel TargetModel => new EscalationsAndSendBack().TargetModel;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
