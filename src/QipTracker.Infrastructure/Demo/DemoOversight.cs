using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Oversight;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// The demo trust's commissioners: an ICB with one login, granted access by the trust admin (owners' names hidden),
/// and the exit criteria the trust agreed with its overseers, so the oversight portfolio has something to show.
/// </summary>
internal static class DemoOversight
{
    public const string Email = "commissioner@nhs-icb.example";
    public const string DisplayName = "Priya Raman";
    public const string OrganisationName = "Riverside Integrated Care Board";

    public static async Task<(AppUser User, IReadOnlyList<object> Rows)> CreateAsync(UserManager<AppUser> users, Guid trustId, Guid grantedBy,
        string password, DemoCalendar calendar)
    {
        var user = new AppUser
        {
            UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = DisplayName, JobTitle = "Director of Quality and Nursing",
            CreatedAt = calendar.Now,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) throw new InvalidOperationException($"Could not create demo user {Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");

        var icb = new OversightOrganisation(OrganisationName, OversightKind.Icb, calendar.Now);
        var agreed = calendar.PlanStart.AddDays(14);
        return (user,
        [
            icb,
            new OversightMember(icb.Id, user.Id, calendar.Now),
            new OversightGrant(trustId, icb.Id, showOwnerNames: false, grantedBy, calendar.Now),
            new ExitCriterion(trustId, "Every Must Do root cause of the Section 29A warning notice assured by its ISG chair", agreed,
                ExitCriterionStatus.OnTrack, "Assurance tracked on the plan register; reported monthly to the partner meeting"),
            new ExitCriterion(trustId, "Emergency department 4-hour performance at or above 76% for three consecutive months", agreed,
                ExitCriterionStatus.NotMet, "See the A&E 4-hour KPI's SPC chart in the partner pack"),
            new ExitCriterion(trustId, "Well-led review actions for W4 (governance) complete and evidenced", agreed,
                ExitCriterionStatus.OnTrack, ""),
        ]);
    }
}
