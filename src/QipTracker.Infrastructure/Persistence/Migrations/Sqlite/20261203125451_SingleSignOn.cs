using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SingleSignOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SingleSignOn",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClientSecretName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AllowedEmailDomains = table.Column<string>(type: "TEXT", nullable: false),
                    RequireSingleSignOn = table.Column<bool>(type: "INTEGER", nullable: false),
                    BreakGlassUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SingleSignOn", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SingleSignOn_AspNetUsers_BreakGlassUserId",
                        column: x => x.BreakGlassUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SingleSignOn_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SingleSignOn_BreakGlassUserId",
                table: "SingleSignOn",
                column: "BreakGlassUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SingleSignOn_TrustId",
                table: "SingleSignOn",
                column: "TrustId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SingleSignOn");
        }
    }
}
