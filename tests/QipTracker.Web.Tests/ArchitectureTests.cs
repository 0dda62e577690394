using System.Reflection;
using System.Text.RegularExpressions;
using MediatR;
using NetArchTest.Rules;
using QipTracker.Web.Application;

namespace QipTracker.Web.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(Domain.Plans.RootCause).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.Persistence.QipDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void The_domain_references_no_framework_or_outer_layer()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "QipTracker.Infrastructure", "QipTracker.Web")
            .GetResult();
        Assert.True(result.IsSuccessful, "Domain types with forbidden dependencies: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Infrastructure_references_no_web_type()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("QipTracker.Web").GetResult();
        Assert.True(result.IsSuccessful, "Infrastructure types depending on Web: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static readonly Type[] AccessAttributes =
    [
        typeof(RequiresRoleAttribute), typeof(AnyTrustMemberAttribute), typeof(AnySignedInUserAttribute),
        typeof(SystemAdminOnlyAttribute), typeof(SystemJobAttribute), typeof(AnonymousAttribute),
    ];

    [Fact]
    public void Every_request_says_exactly_who_may_send_it()
    {
        var requests = Web.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } &&
            t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))).ToList();
        Assert.NotEmpty(requests);
        var wrong = requests.Where(t => AccessAttributes.Count(a => t.IsDefined(a)) != 1).Select(t => t.Name).ToList();
        Assert.True(wrong.Count == 0, "Requests without exactly one access attribute: " + string.Join(", ", wrong));
    }

    // ── Pages decide nothing ──
    // What a person may do comes with the query that feeds the page (computed by the check its command runs) or from the
    // pipeline's own access check (QipComponent.MaySendAsync); every rule stays in the Domain or the feature enforcing it.

    /// <summary>The Domain's rules and the features' access checks: a component that calls one is deciding for itself.</summary>
    private static readonly string[] RuleTypes =
    [
        "QipTracker.Domain.Plans.RootCauseRules", "QipTracker.Domain.Plans.RagRule", "QipTracker.Domain.Plans.ActionRules",
        "QipTracker.Domain.Plans.RootCauseStatusExtensions", "QipTracker.Domain.Plans.FindingKindExtensions",
        "QipTracker.Domain.Sprints.OwnerReport", "QipTracker.Domain.Sprints.MissingUpdates", "QipTracker.Domain.Kpis.SustainedImprovement",
        "QipTracker.Domain.Kpis.KpiSpc", "QipTracker.Domain.Escalations.EscalationLadder", "QipTracker.Domain.BoardPapers.AskRule",
        "QipTracker.Web.Features.RootCauses.RootCauseAccess", "QipTracker.Web.Features.Actions.ActionAccess",
        "QipTracker.Web.Features.Kpis.KpiAccess", "QipTracker.Web.Features.Register.IsgBoardAccess",
    ];

    [Fact]
    public void Components_call_no_domain_rule_or_access_check()
    {
        var components = Types.InAssembly(Web).That().ResideInNamespace("QipTracker.Web.Components");
        // The same query sees inside Razor method bodies: the state words a badge shows are found where they are used.
        Assert.Contains(components.Should().HaveDependencyOn("QipTracker.Domain.Plans.RootCauseStates").GetResult().FailingTypeNames ?? [],
            t => t.StartsWith("QipTracker.Web.Components.Shared.", StringComparison.Ordinal));
        var result = Types.InAssembly(Web).That().ResideInNamespace("QipTracker.Web.Components")
            .ShouldNot().HaveDependencyOnAny(RuleTypes).GetResult();
        Assert.True(result.IsSuccessful, "Components deciding by a rule of their own: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>Role checks in markup or code: IsInRole, a role list's Contains/Any, ICurrentUser.IsIn, an AuthorizeView by roles.</summary>
    private static readonly Regex RoleCheck = new(@"IsInRole|\.IsIn\(|Roles\.(Contains|Any)\(|<AuthorizeView[^>]*\bRoles\s*=|CurrentUserIdAsync", RegexOptions.Compiled);

    [Fact]
    public void No_razor_file_checks_a_role()
    {
        var components = Path.Combine(PlanImport.PlanImportPreviewTests.RepositoryRoot(), "src", "QipTracker.Web", "Components");
        var files = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(components, "*.cs", SearchOption.AllDirectories)).ToList();
        Assert.True(files.Count > 50, $"{files.Count} component files under {components}");
        // The menu shows each link to those its page lets in: navigation, the one place a role list belongs in markup.
        var menu = Path.Combine(components, "Layout", "NavMenu.razor");
        var checks = files.Where(f => f != menu)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => RoleCheck.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(components, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(checks.Count == 0, "Role checks in components:\n" + string.Join("\n", checks));
        Assert.Matches(RoleCheck, File.ReadAllText(menu)); // the pattern does find one
    }
}
