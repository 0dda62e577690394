using System.Reflection;
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
}
