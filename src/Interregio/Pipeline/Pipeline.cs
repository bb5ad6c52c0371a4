using Interregio.Domain;

namespace Interregio.Pipeline;

/// <summary>One step of extraction. A stage is stateless once built, so one pipeline serves every thread.</summary>
public interface IDocumentStage
{
    void Run(DocumentContext context);
}

/// <summary>What extraction returns for one document.</summary>
public sealed record ExtractionResult(DocumentContext Context)
{
    public IReadOnlyList<Fact> Facts => Context.Facts;
    public IReadOnlyList<string> Warnings => Context.Warnings;
}

/// <summary>
/// Ordered stages, built once by <see cref="PipelineBuilder"/> and then immutable and thread-safe (Markdig's
/// MarkdownPipeline idea): the CLI, the web server and every ingest worker build one and reuse it.
/// </summary>
public sealed class ExtractionPipeline
{
    internal ExtractionPipeline(IReadOnlyList<IDocumentStage> stages) => Stages = stages;

    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>The default pipeline with every fact type, built once.</summary>
    public static ExtractionPipeline Default => LazyDefault.Value;

    private static readonly Lazy<ExtractionPipeline> LazyDefault = new(() => new PipelineBuilder().UseDefaults().Build());

    public ExtractionResult Extract(SourceDocument document, ExtractionOptions? options = null)
    {
        var ctx = new DocumentContext(document, options ?? ExtractionOptions.Default);
        foreach (var stage in Stages)
            stage.Run(ctx);
        return new ExtractionResult(ctx);
    }
}

/// <summary>Ordered, registration-once list of stages. Extensions insert relative to another stage's type.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public bool Contains<T>() where T : IDocumentStage => _stages.Any(s => s is T);

    public T? Find<T>() where T : class, IDocumentStage => _stages.OfType<T>().FirstOrDefault();

    /// <summary>Appends a stage unless one of its type is already registered.</summary>
    public PipelineBuilder Add(IDocumentStage stage)
    {
        if (!_stages.Any(s => s.GetType() == stage.GetType()))
            _stages.Add(stage);
        return this;
    }

    public PipelineBuilder InsertBefore<TAnchor>(IDocumentStage stage) where TAnchor : IDocumentStage
    {
        if (_stages.Any(s => s.GetType() == stage.GetType()))
            return this;
        var i = _stages.FindIndex(s => s is TAnchor);
        _stages.Insert(i < 0 ? _stages.Count : i, stage);
        return this;
    }

    public PipelineBuilder InsertAfter<TAnchor>(IDocumentStage stage) where TAnchor : IDocumentStage
    {
        if (_stages.Any(s => s.GetType() == stage.GetType()))
            return this;
        var i = _stages.FindLastIndex(s => s is TAnchor);
        _stages.Insert(i < 0 ? _stages.Count : i + 1, stage);
        return this;
    }

    public PipelineBuilder Replace<TOld>(IDocumentStage stage) where TOld : IDocumentStage
    {
        var i = _stages.FindIndex(s => s is TOld);
        if (i < 0)
            _stages.Add(stage);
        else
            _stages[i] = stage;
        return this;
    }

    public PipelineBuilder Remove<T>() where T : IDocumentStage
    {
        _stages.RemoveAll(s => s is T);
        return this;
    }

    public ExtractionPipeline Build() => new([.. _stages]);
}
