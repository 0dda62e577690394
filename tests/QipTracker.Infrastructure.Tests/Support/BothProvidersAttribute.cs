using System.Reflection;
using QipTracker.Infrastructure.Persistence;
using Xunit.Sdk;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>
/// Runs a theory once per database provider: every persistence rule must hold on the embedded
/// SQLite and on production PostgreSQL alike. The test takes a <see cref="DatabaseProvider"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProvider>().Select(p => new object[] { p });
}
