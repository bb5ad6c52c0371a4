using System.Security.Cryptography;
using System.Text;
using Interregio.Domain;
using Interregio.Pipeline;
using Interregio.Stories;
using TextLanguage = Interregio.Text.Language;

namespace Interregio.Storage;

/// <summary>
/// A document and the facts read from it, as one write stores them. <see cref="Text"/> is the text the facts' quote
/// offsets refer to (the visible text of an HTML page), so a reader can show a quote in its context.
/// </summary>
public sealed record DocumentRecord(string Name, string ContentSha256, string Text, IReadOnlyList<Fact> Facts)
{
    /// <summary>The article's date (dateline, page metadata or --date); null when none was found.</summary>
    public DateOnly? ReferenceDate { get; init; }

    public string? SourcePath { get; init; }

    /// <summary>"en" or "ru"; null when the language was not recognised.</summary>
    public string? Language { get; init; }

    public string? Title { get; init; }

    /// <summary>
    /// The MinHash signature of the text the pipeline kept (furniture left out), which decides the document's story;
    /// null when the record was built without extraction, and the store then signs <see cref="Text"/> whole.
    /// </summary>
    public StorySignature? Signature { get; init; }

    /// <summary>The signature a store files the document's story under.</summary>
    public StorySignature StorySignatureOrText() => Signature ?? StorySignature.Of(Text);

    /// <summary>A document as the pipeline saw it, with its facts.</summary>
    public static DocumentRecord From(ExtractionResult result)
    {
        var ctx = result.Context;
        var doc = ctx.Document;
        return new DocumentRecord(doc.Name, doc.ContentHash ?? HashOf(doc.Text), doc.Text, result.Facts)
        {
            ReferenceDate = ctx.ReferenceDate,
            SourcePath = doc.SourcePath,
            Language = LanguageCode(ctx.Language),
            Title = doc.Title,
            Signature = StorySignature.Of(ctx),
        };
    }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex: the content hash of a document built in memory.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string? LanguageCode(TextLanguage language) => language switch
    {
        TextLanguage.English => "en",
        TextLanguage.Russian => "ru",
        _ => null,
    };
}
