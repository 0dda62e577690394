using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeysChosenByTheCode : Migration
    {
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
