using Interregio.Domain;
using Interregio.Input;
using Interregio.Pipeline;

namespace Interregio.Tests.Input;

/// <summary>
/// Pages we wrote in the layouts of agency, government and regional-paper sites (Fixtures/Html). Each row names the
/// region the article is about, what must survive main-text extraction (headline, dateline, body) and what must not
/// (menus, tickers, related-story boxes with other regions' figures, comments, hidden blocks).
/// </summary>
public sealed class HtmlMainTextTests
{
    public sealed record Page(string File, string Partner, int MinTrade, string[] Keep, string[] Drop, string? Published = null)
    {
        public override string ToString() => File;
    }

    public static readonly TheoryData<Page> Pages =
    [
        // the related-news box carries trade figures of three other regions
        new Page("01_agency_related_figures.html", "RU-KIR", 2,
            ["Kirov Oblast, Belarus to expand machine-building cooperation", "MINSK, 14 March (Test Agency)", "amounted to $286.4 million"],
            ["Omsk", "Tyumen", "Samara", "USD 3.2714", "All rights reserved", "Related news"], "2024-03-14"),
        // no semantic tags at all: the teasers of other stories are told apart by content scoring and class names
        new Page("02_div_soup_teasers.html", "RU-TYU", 1,
            ["Belarus, Tyumen Oblast sign roadmap for 2024-2026", "22.05.2024", "amounted to $61.2 million"],
            ["Perm Krai", "Samara Oblast", "Search"]),
        new Page("03_government_site.html", "RU-LIP", 2,
            ["Meeting with Governor of Lipetsk Oblast Igor Artamonov", "2 June 2023", "grown to $420 million in 2022"],
            ["Pskov", "Share:", "Tags:", "Events", "Other events", "Materials may be used"], "2023-06-02"),
        // a reader's comment with figures for another region, a cookie banner and a "most read" list
        new Page("04_regional_paper_comments.html", "RU-ARK", 1,
            ["Belarusian elevators for Arkhangelsk", "ARKHANGELSK, September 18", "amounted to $58.3 million"],
            ["Murmansk", "cookies", "Ferry timetable", "Most read"], "2024-09-18"),
        // an old table layout: menu and announcements are table cells beside the body
        new Page("05_table_layout_ministry.html", "RU-RYA", 2,
            ["Ministry of Industry delegation visits Ryazan Oblast", "Minsk, 21.07.2023", "amounted to $97.6 million"],
            ["Tambov", "Exchange rates", "About the ministry"]),
        // the date is only in JSON-LD; "last year" needs it
        new Page("06_jsonld_date_no_dateline.html", "RU-VLA", 1,
            ["Vladimir Oblast eyes Belarusian buses", "amounted to $341.7 million"],
            ["Share on Telegram", "Business"], "2024-02-07"),
        // the sidebar's time elements belong to other stories
        new Page("07_meta_date_related_times.html", "RU-BEL", 2,
            ["Belgorod Oblast interested in Belarusian tractors", "reached $245 million"],
            ["Kursk", "Latest", "New bridge"], "2023-11-29"),
        // a "Read also" box with no telling class name, inside the article, with full sentences of figures
        new Page("08_unlabelled_read_also.html", "RU-SAM", 1,
            ["Samara Oblast and Gomel Oblast agree on joint production", "amounted to $392 million", "The sides also discussed cooperation in education and tourism."],
            ["Ulyanovsk", "Penza", "Read also"]),
        new Page("09_russian_agency.html", "RU-AST", 0,
            ["Беларусь и Астраханская область нарастят товарооборот", "МИНСК, 10 июля", "составил $95,3 млн"],
            ["Волгоградской", "Краснодарским", "Читайте также", "USD 3,2714", "Главная"]),
        // unclosed p, li and a elements, unquoted attributes
        new Page("10_unclosed_tags.html", "RU-KHA", 1,
            ["Belarus, Khabarovsk Krai discuss supplies of machinery", "amounted to $61.5 million", "construction of housing in the region"],
            ["Primorsky", "Amur"]),
        // blocks hidden by style or attribute, a toolbar and a newsletter box
        new Page("11_hidden_and_print.html", "RU-MUR", 1,
            ["Murmansk Oblast to host Belarusian Products Week", "MINSK, 3 September (Test Agency)", "amounted to $48.9 million"],
            ["Astrakhan", "Lipetsk", "Moscow Oblast", "Font size", "newsletter"]),
    ];

    private static string Html(Page page) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html", page.File));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Main_text_keeps_headline_dateline_and_body_and_drops_page_furniture(Page page)
    {
        var text = HtmlText.Extract(Html(page)).Text;
        foreach (var keep in page.Keep)
            Assert.True(text.Contains(keep, StringComparison.Ordinal), $"{page.File}: lost \"{keep}\" from the main text:\n{text}");
        foreach (var drop in page.Drop)
            Assert.False(text.Contains(drop, StringComparison.Ordinal), $"{page.File}: kept page furniture \"{drop}\":\n{text}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Facts_are_about_the_article_region_and_quote_the_visible_text(Page page)
    {
        var html = Html(page);
        var read = DocumentReader.FromText(page.File, html, DocumentFormat.Html, page.File);
        Assert.Null(read.Error);
        var facts = ExtractionPipeline.Default.Extract(read.Document!).Facts;
        Assert.True(facts.OfType<TradeFact>().Count() >= page.MinTrade, $"{page.File}: expected at least {page.MinTrade} trade facts, got {facts.OfType<TradeFact>().Count()}");
        var visible = VisibleText.Of(html);
        foreach (var f in facts)
        {
            var partner = f switch { TradeFact t => t.Partner.ToString(), MeetingFact m => m.Partner.ToString(), TargetFact g => g.Partner.ToString(), _ => page.Partner };
            Assert.True(partner == page.Partner, $"{page.File}: a fact about {partner} came from page furniture: {f.Quote}");
            Assert.True(visible.Contains(VisibleText.Quote(f.Quote), StringComparison.Ordinal), $"{page.File}: quote not in the page's visible text: {f.Quote}");
            foreach (var drop in page.Drop)
                Assert.DoesNotContain(drop, f.Quote, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_date_comes_from_metadata_of_this_article_not_of_listed_stories(Page page)
    {
        var published = HtmlText.Extract(Html(page)).Published;
        if (page.Published is null)
            return;
        Assert.Equal(DateOnly.Parse(page.Published, System.Globalization.CultureInfo.InvariantCulture), published);
    }

    [Fact]
    public void The_related_box_figures_are_real_trade_sentences_that_would_be_extracted_from_plain_text()
    {
        // guards the test above: the other regions' figures are extractable, so their absence is the extractor's doing
        var doc = new SourceDocument("related.txt", "MINSK, 14 March (Test Agency) – Trade between Belarus and Omsk Oblast reached $455 million in 2023.\n");
        var facts = ExtractionPipeline.Default.Extract(doc).Facts.OfType<TradeFact>().ToList();
        Assert.Contains(facts, f => f.Partner.ToString() == "RU-OMS");
    }

    [Fact]
    public void A_page_without_main_content_markers_keeps_all_its_prose()
    {
        var html = "<html><body><p>MINSK, 2 May (Test Agency) – Trade between Belarus and Tula Oblast amounted to $300 million in 2023.</p><p>The sides discussed agricultural machinery.</p></body></html>";
        var text = HtmlText.Extract(html).Text;
        Assert.Equal("MINSK, 2 May (Test Agency) – Trade between Belarus and Tula Oblast amounted to $300 million in 2023.\nThe sides discussed agricultural machinery.\n", text);
    }

    [Fact]
    public void Markup_nested_deeper_than_the_walk_is_read_as_flat_text()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 3_000)) + "Trade between Belarus and Tula Oblast grew." + string.Concat(Enumerable.Repeat("</div>", 3_000));
        var text = HtmlText.Extract(html).Text;
        Assert.Contains("Trade between Belarus and Tula Oblast grew.", text);
    }

    [Fact]
    public void Markup_nested_beyond_any_article_is_refused_with_one_line_before_parsing()
    {
        var html = string.Concat(Enumerable.Repeat("<div><b>", 50_000)) + "text";
        var read = DocumentReader.FromText("deep.html", html, DocumentFormat.Html, "deep.html");
        Assert.NotNull(read.Error);
        Assert.Equal("deep.html: HTML could not be parsed: elements are nested more than 5000 deep (at least 100000); not an article page", read.Error.ToString());
    }

    [Theory]
    [InlineData("<p>a<p>b<li>c<br><img src=x><hr>", 0)]
    [InlineData("<!DOCTYPE html><html><body><div><span>x</span></div></body></html>", 4)]
    [InlineData("<div><div><div>unclosed", 3)]
    [InlineData("a < b and c<3 </div></div>", 0)]
    public void Nesting_depth_is_estimated_from_the_tags(string html, int depth) =>
        Assert.Equal(depth, HtmlText.NestingDepth(html));
}
