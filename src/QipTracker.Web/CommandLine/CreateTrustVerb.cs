using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Trusts;

namespace QipTracker.Web.CommandLine;

/// <summary>For operators provisioning a trust without the web UI: creates it and invites its first admin.</summary>
[Verb("create-trust", "Create a trust and invite its first trust administrator by email.",
    "create-trust --name \"<trust name>\" --ods <ODS code> --admin-email <email> --admin-name \"<name>\" [--type Acute|MentalHealth|Community|Ambulance|Combined]")]
public sealed class CreateTrustVerb(IMediator mediator, CurrentUser current) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var typeText = args.Optional("type") ?? nameof(TrustType.Acute);
        if (!Enum.TryParse<TrustType>(typeText, ignoreCase: true, out var type))
            throw new VerbUsageException($"--type '{typeText}' is not one of {string.Join(", ", Enum.GetNames<TrustType>())}.");
        current.Set(null, null, [], isSystemAdmin: true);
        try
        {
            var created = await mediator.Send(new CreateTrust(args.Required("name"), args.Required("ods"), type,
                args.Required("admin-email"), args.Required("admin-name")), ct);
            await output.WriteLineAsync($"Created {created.Name} ({created.TrustId}).");
            // The link goes to the invitee's mailbox only (through the outbox), never to whoever runs this.
            await output.WriteLineAsync($"Invited {created.AdminInvitation.Email} as trust administrator: the one-time link is in their email, " +
                $"valid until {created.AdminInvitation.ExpiresAt:d MMMM yyyy}.");
            return 0;
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) await error.WriteLineAsync($"{field}: {message}");
            return 1;
        }
    }
}
