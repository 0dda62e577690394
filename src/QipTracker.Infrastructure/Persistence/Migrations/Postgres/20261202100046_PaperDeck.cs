using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaperDeck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PptxBytes",
                table: "GeneratedPapers",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PptxKey",
                table: "GeneratedPapers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PptxBytes",
                table: "GeneratedPapers");

            migrationBuilder.DropColumn(
                name: "PptxKey",
                table: "GeneratedPapers");
        }
    }
}
