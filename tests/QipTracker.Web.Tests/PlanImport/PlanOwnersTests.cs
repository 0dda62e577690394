using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.Tests.PlanImport;

public sealed class PlanOwnersTests
{
    [Theory]
    [InlineData("jane.smith@example.nhs.uk", "Jane Smith")]
    [InlineData("AHMED_KHAN2@example.nhs.uk", "Ahmed Khan2")]
    [InlineData("mary-ann.o'neil@example.nhs.uk", "Mary Ann O'neil")]
    [InlineData("j@example.nhs.uk", "J")]
    public void An_invited_owner_is_named_from_the_local_part_of_their_email(string email, string name) =>
        Assert.Equal(name, PlanOwners.DisplayNameOf(email));
}
