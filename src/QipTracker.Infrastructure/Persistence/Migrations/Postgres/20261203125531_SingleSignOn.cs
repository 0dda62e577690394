using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QipTracker.Infrastructure.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Authority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClientSecretName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AllowedEmailDomains = table.Column<List<string>>(type: "text[]", nullable: false),
                    RequireSingleSignOn = table.Column<bool>(type: "boolean", nullable: false),
                    BreakGlassUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false)
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
