using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.Evidence;

/// <summary>
/// A file as evidence (an audit, a photo of a ward board, minutes). <paramref name="Content"/> is read
/// from its start; the caller owns and disposes it. <paramref name="Length"/> is the size the caller
/// was told, checked before anything is read; the bytes actually stored are checked again.
/// </summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record UploadEvidenceFile(Guid RootCauseId, string Title, string WhatItShows, [property: FileName] string FileName, long Length, Stream Content)
    : ICommand<EvidenceDto>;

public sealed class UploadEvidenceFileValidator : AbstractValidator<UploadEvidenceFile>
{
    public UploadEvidenceFileValidator()
    {
        RuleFor(r => r.RootCauseId).NotEmpty();
        RuleFor(r => r.Title).NotEmpty().WithMessage("Give the evidence a title.").MaximumLength(InputLimits.Title);
        RuleFor(r => r.WhatItShows).MaximumLength(InputLimits.Text);
        // Control and text-direction characters (which would end up in download headers) are the input policy's: [FileName].
        RuleFor(r => r.FileName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("The file has no name.")
            .Must(n => Path.GetFileName(n.Trim()).Length is > 0 and <= InputLimits.FileName).WithMessage($"A file name may have at most {InputLimits.FileName} characters.");
        RuleFor(r => r.Content).NotNull().WithMessage("Choose a file to upload.");
        RuleFor(r => r.Length).GreaterThan(0).WithMessage(r => $"The file '{Path.GetFileName(r.FileName)}' is empty.");
    }
}

public sealed class UploadEvidenceFileHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, IFileStore store, EvidenceFileOptions files)
    : IRequestHandler<UploadEvidenceFile, EvidenceDto>
{
    public async Task<EvidenceDto> Handle(UploadEvidenceFile r, CancellationToken ct)
    {
        var rootCause = await db.LoadForChangeAsync(user, r.RootCauseId, ct); // 404 for another trust's, 403 for someone else's
        var fileName = Path.GetFileName(r.FileName.Trim()); // a client's path says nothing we keep
        Refuse(files.RefuseSize(fileName, r.Length));

        // Size and type are checked before anything is stored: a refused file never touches the evidence folder.
        var content = await SeekableContent.EnsureAsync(r.Content, files.MaxBytes, ct);
        try
        {
            content.Position = 0;
            Refuse(files.RefuseSize(fileName, content.Length));
            var sniffed = await FileTypeSniffer.SniffAsync(fileName, content, ct);
            Refuse(sniffed.Refusal);

            // A store that is down throws FileStoreUnavailableException (503) here, before any row is added.
            var stored = await store.SaveAsync(rootCause.TrustId, content, sniffed.Type!.ContentType, ct);
            try
            {
                var evidence = Domain.Plans.Evidence.File(rootCause.TrustId, rootCause.Id, r.Title, fileName, sniffed.Type!.ContentType,
                    stored.SizeBytes, stored.Key, r.WhatItShows ?? "", user.UserId ?? Guid.Empty, clock.GetUtcNow());
                return await db.AddEvidenceAsync(rootCause, evidence, ct);
            }
            catch
            {
                // No row will point at the file, so it must not outlive the failed save.
                await store.DeleteAsync(rootCause.TrustId, stored.Key, CancellationToken.None);
                throw;
            }
        }
        finally
        {
            if (!ReferenceEquals(content, r.Content)) await content.DisposeAsync();
        }
    }

    private static void Refuse(string? why)
    {
        if (why is not null) throw new RequestValidationException(new Dictionary<string, string[]> { ["File"] = [why] });
    }
}
