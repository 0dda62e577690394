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
        typeof(SystemAdminOnlyAttribute), typeof(SystemJobAttribute), typeof(AnonymousAttribute), typeof(OversightUserAttribute),
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

    // ── SQL is parameterised ──
    // EF Core's LINQ and interpolated FromSql/ExecuteSql turn values into parameters. SQL text put together by hand is
    // allowed only where it holds identifiers from the EF model or numbers from configuration, each reviewed for that.

    /// <summary>The files that build SQL text themselves, and why none of it can carry a value from a person.</summary>
    private static readonly Dictionary<string, string> ReviewedSqlText = new()
    {
        ["QipTracker.Infrastructure/Persistence/MigrationDataSteps.cs"] = "a constant PRAGMA",
        ["QipTracker.Infrastructure/Persistence/SqliteBusyTimeout.cs"] = "a PRAGMA with a number from the connection string",
        ["QipTracker.Infrastructure/Backup/BackupQuery.cs"] = "table and column names from the EF model, delimited; values as parameters",
        ["QipTracker.Infrastructure/Backup/TrustImporter.cs"] = "table and column names from the EF model, delimited; values as parameters",
    };

    private static readonly Regex SqlText = new(@"\b(FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|SqlQueryRaw)\b|\.CommandText\s*=", RegexOptions.Compiled);

    [Fact]
    public void Sql_text_is_built_by_hand_only_where_reviewed()
    {
        var src = Path.Combine(PlanImport.PlanImportPreviewTests.RepositoryRoot(), "src");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"))
            .Where(f => SqlText.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.Contains("QipTracker.Infrastructure/Backup/BackupQuery.cs", found); // the pattern does find one
        var unreviewed = found.Where(f => !ReviewedSqlText.ContainsKey(f)).ToList();
        Assert.True(unreviewed.Count == 0,
            "SQL text built by hand outside the reviewed files (use LINQ or interpolated FromSql/ExecuteSql, which make parameters, " +
            "or add the file to ReviewedSqlText saying why no value from a person can reach it):\n" + string.Join("\n", unreviewed));
    }

    // ── One feature shape (docs/architecture.md) ──

    private static bool IsRequest(Type t) => t is { IsClass: true, IsAbstract: false } &&
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>));

    private static bool IsHandler(Type t) => t is { IsClass: true, IsAbstract: false } &&
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>));

    [Fact]
    public void No_handler_sends_a_request()
    {
        // A handler that needs another request's answer calls the query or service that request's handler calls.
        var handlers = Web.GetTypes().Where(IsHandler).ToList();
        Assert.True(handlers.Count > 100, $"{handlers.Count} handlers");
        var sending = handlers
            .Where(h => h.GetConstructors().SelectMany(c => c.GetParameters())
                .Any(p => typeof(IMediator).IsAssignableFrom(p.ParameterType)))
            .Select(h => h.Name).ToList();
        Assert.True(sending.Count == 0, "Handlers taking IMediator: " + string.Join(", ", sending));

        // Nor through a service or helper of a feature: under Features only the endpoint mappers (a door, like a page) Send.
        var dependent = Types.InAssembly(Web).That().ResideInNamespaceStartingWith("QipTracker.Web.Features")
            .ShouldNot().HaveDependencyOn("MediatR.IMediator").GetResult().FailingTypeNames ?? [];
        Assert.Contains(dependent, IsEndpointMapper); // the check does see a dependency where there is one
        var wrong = dependent.Where(n => !IsEndpointMapper(n)).ToList();
        Assert.True(wrong.Count == 0, "Feature types that Send (only the endpoint mappers may): " + string.Join(", ", wrong));
    }

    /// <summary>A type of Features/&lt;Area&gt;/&lt;Area&gt;Endpoints.cs, or one the compiler made inside it for a lambda.</summary>
    private static bool IsEndpointMapper(string fullName)
    {
        var outer = fullName.Split('/', '+')[0];
        return outer.EndsWith("Endpoints", StringComparison.Ordinal) || outer.EndsWith("Endpoint", StringComparison.Ordinal);
    }

    [Fact]
    public void Each_use_case_has_one_file_with_its_request_validator_and_handler()
    {
        var features = Path.Combine(PlanImport.PlanImportPreviewTests.RepositoryRoot(), "src", "QipTracker.Web", "Features");
        var sources = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(features, f), File.ReadAllText);
        string[] DeclaredIn(Type t) => sources
            .Where(s => Regex.IsMatch(s.Value, $@"\b(record|class)\s+{t.Name}\b(?![<\w])"))
            .Select(s => s.Key).ToArray();

        var requests = Web.GetTypes().Where(IsRequest).ToList();
        Assert.True(requests.Count > 100, $"{requests.Count} requests");
        var problems = new List<string>();
        var fileOf = new Dictionary<Type, string>();
        foreach (var request in requests)
        {
            var files = DeclaredIn(request);
            if (files.Length == 1) fileOf[request] = files[0];
            else problems.Add($"{request.Name} is declared in {files.Length} files under Features: {string.Join(", ", files)}");
        }
        problems.AddRange(fileOf.GroupBy(x => x.Value).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} declares {g.Count()} requests: {string.Join(", ", g.Select(x => x.Key.Name).Order())}"));

        // Its handler and its validator live beside it.
        foreach (var type in Web.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            var served = type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(i => i.GetGenericArguments()[0])
                .Concat(type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>)
                    ? [b.GetGenericArguments()[0]] : [])
                .Where(fileOf.ContainsKey).ToList();
            foreach (var request in served)
            {
                var files = DeclaredIn(type);
                if (files.Length != 1 || files[0] != fileOf[request])
                    problems.Add($"{type.Name} is in {string.Join(", ", files)}, not beside {request.Name} in {fileOf[request]}");
            }
        }
        Assert.True(problems.Count == 0, "Files that are not one use case:\n" + string.Join("\n", problems));
    }
}
