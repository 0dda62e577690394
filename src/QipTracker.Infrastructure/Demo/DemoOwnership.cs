using Bogus;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo.Text;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Gives every root cause an owner from its ISG. The owner login first gets a handful of emergency
/// department root causes in every state worth demonstrating: overdue, on track, slipping, not started,
/// awaiting assurance and assured.
/// </summary>
internal static class DemoOwnership
{
    public static void Assign(IReadOnlyList<RootCauseDraft> drafts, DemoStaff staff, Randomizer random, DateOnly today)
    {
        var unscheduled = drafts.Where(d => d.Isg == DemoTrustProfile.UnscheduledCare).ToList();

        void Give(Func<RootCauseStory, bool> state, int count)
        {
            var emergency = unscheduled.Where(d => d.Primary.Service == CoreServices.Uec && state(d.Story));
            var elsewhere = unscheduled.Where(d => d.Primary.Service != CoreServices.Uec && state(d.Story));
            foreach (var draft in random.Shuffle(emergency).Concat(random.Shuffle(elsewhere)).Where(d => !d.OwnedByOwnerLogin).Take(count))
                draft.OwnedByOwnerLogin = true;
        }

        Give(s => s.IsOverdue(today) && s.ReopenedOn is null, 3);
        Give(s => !s.IsNotStarted && !s.IsDelivered && !s.IsOverdue(today) && s.SlippedOn is null, 2);
        Give(s => !s.IsDelivered && !s.IsOverdue(today) && s.SlippedOn is not null, 1);
        Give(s => s.IsNotStarted, 1);
        Give(s => s.IsDelivered && s.AssuredOn is null, 1);
        Give(s => s.IsDelivered && s.AssuredOn is not null, 2);

        var ownerLogin = staff.Login(TrustRole.RootCauseOwner).Id;
        foreach (var draft in drafts)
            draft.OwnerId = draft.OwnedByOwnerLogin ? ownerLogin : random.ListItem(staff.OwnersIn(draft.Isg).ToList());
    }
}
