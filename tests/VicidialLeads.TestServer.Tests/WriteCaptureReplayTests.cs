using VicidialLeads.TestServer.Tests.Support;

namespace VicidialLeads.TestServer.Tests;

/// <summary>
/// The update_lead and lead_dearchive captures, replayed in the order they were made on a fresh server that holds the
/// leads as WRITE-CAPTURES.md shows them before: same status, same bytes, and the leads changed as the real ones were.
/// </summary>
public sealed class WriteCaptureReplayTests : FreshServerTestBase
{
    [Fact]
    public async Task Answers_the_write_captures_like_the_real_server_and_keeps_what_they_changed()
    {
        var state = Server.State;
        state.AddLeads(
        [
            new Lead(1010023, "5557000101", 9002),
            new Lead(1010024, "5557000101", 9002),
            new Lead(1010025, "5557000102", 9002, LastName: "Lovelace"),
            new Lead(1010026, "5557000105", 9002),
            new Lead(1010046, "5557000161", 9002, IsArchived: true),
        ]);

        foreach (var name in CaptureCatalog.WriteRun)
        {
            var capture = CapturedExchange.Load(name);
            var answer = await CaptureReplayer.SendAsync(Client, Server, capture);
            CaptureReplayer.AssertSameAnswer(capture, answer, Server);
        }

        Assert.Equal("Tampa", (state.Leads.FindById(1010023, archived: false)!.Details ?? LeadDetails.Default).City);
        Assert.Null(state.Leads.FindById(1010026, archived: false));
        var apostrophe = state.Leads.FindById(1010025, archived: false)!;
        Assert.Equal("O'Brien", apostrophe.LastName);
        Assert.Equal(string.Empty, (apostrophe.Details ?? LeadDetails.Default).Comments);
        Assert.Null(state.Leads.FindById(1010046, archived: true));
        // 70k answers "1 of 2 changed" only because 70g (records=1) changed just the highest lead id; both are NEW now.
        Assert.Equal(("NEW", "NEW"), (state.Leads.FindById(1010023, archived: false)!.Status, state.Leads.FindById(1010024, archived: false)!.Status));
        Assert.Equal("Archiveville", (state.Leads.FindById(1010046, archived: false)!.Details ?? LeadDetails.Default).City);
    }
}
