using System;
using System.Linq;
using VicidialLeads.Functions.LeadCallbackInfo;
using VicidialLeads.Functions.PhoneNumberLog;
using VicidialLeads.Functions.RecordingLookup;
using VicidialLeads.Functions.Version;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>The call log, recording and callback parsers on the real server's answers (captures 75-77), byte for byte.</summary>
    public class HistoryParserTests
    {
        [Fact]
        public void A_call_log_is_read_per_number_with_its_dates_as_server_local_time()
        {
            var calls = PhoneNumberLogParser.Parse(Fixtures.Body("75-phone_number_log"), new[] { "5557000101" }, CallDirection.Outbound, Secrets.Redactor);
            var list = calls["5557000101"];
            Assert.Equal(2, list.Count);
            Assert.Equal(new DateTime(2026, 11, 30, 12, 0, 0), list[0].CallDate);
            Assert.Equal(DateTimeKind.Unspecified, list[0].CallDate.Kind);
            Assert.Equal(9002, list[0].ListId);
            Assert.Equal(120, list[0].LengthSec);
            Assert.Equal("NEW", list[0].LeadStatus);
            Assert.Equal("AGENT", list[0].HangupReason);
            Assert.Equal("SALE", list[0].CallStatus);
            Assert.Equal("", list[0].SourceId);
            Assert.Equal("6666", list[0].User);
            Assert.Equal("VDAD", list[1].User);
            Assert.All(list, call => Assert.Equal(CallDirection.Outbound, call.Direction));
        }

        [Fact]
        public void A_number_without_calls_is_in_the_answer_with_none()
        {
            var none = PhoneNumberLogParser.Parse(Fixtures.Body("75d-phone_number_log-no-records"), new[] { "5557000199" }, CallDirection.Outbound, Secrets.Redactor);
            Assert.Empty(none["5557000199"]);
            var two = PhoneNumberLogParser.Parse(Fixtures.Body("75-phone_number_log"), new[] { "5557000101", "5557000199" }, CallDirection.Outbound, Secrets.Redactor);
            Assert.Equal(2, two["5557000101"].Count);
            Assert.Empty(two["5557000199"]);
        }

        [Fact]
        public void A_call_of_a_number_not_asked_about_or_a_cut_answer_is_no_answer()
        {
            Assert.Throws<VicidialProtocolException>(() => PhoneNumberLogParser.Parse(Fixtures.Body("75-phone_number_log"), new[] { "5557000199" }, CallDirection.Outbound, Secrets.Redactor));
            string body = Fixtures.Body("75-phone_number_log");
            var cut = Assert.Throws<VicidialProtocolException>(() => PhoneNumberLogParser.Parse(body.Substring(0, body.Length - 5), new[] { "5557000101" }, CallDirection.Outbound, Secrets.Redactor));
            Assert.True(cut.IsTransient);
            var error = Assert.Throws<VicidialProtocolException>(() => PhoneNumberLogParser.Parse(Fixtures.Body("75e-phone_number_log-invalid"), new[] { "555" }, CallDirection.Outbound, Secrets.Redactor));
            Assert.False(error.IsTransient);
        }

        [Fact]
        public void The_server_offset_from_utc_comes_from_the_version_answer()
        {
            Assert.True(VersionResponseParser.TryParse(Fixtures.Body("01-version"), out ServerVersion? version));
            Assert.Equal(TimeSpan.FromHours(-5), version!.UtcOffset);
            Assert.True(VersionResponseParser.TryParse("VERSION: 2.14-202|BUILD: 1|DATE: x|TZ: 5.50|\n", out ServerVersion? india));
            Assert.Equal(new TimeSpan(5, 30, 0), india!.UtcOffset);
            Assert.True(VersionResponseParser.TryParse("VERSION: 2.14-202|BUILD: 1|TZNOW: abc|\n", out ServerVersion? none));
            Assert.Null(none!.UtcOffset);
        }

        [Fact]
        public void Recordings_with_their_length_and_location()
        {
            var recordings = RecordingLookupParser.Parse(Fixtures.Body("76c-recording_lookup-duration-computed-tab").Replace('\t', '|'), Secrets.Redactor);
            Assert.Equal(new long[] { 3, 2 }, recordings.Select(r => r.RecordingId));
            Assert.Equal(40, recordings[0].LengthSec);
            Assert.Equal(115, recordings[1].LengthSec);
            Assert.Equal(new DateTime(2026, 11, 30, 10, 0, 2), recordings[0].StartTime);
            Assert.Equal(1010023, recordings[0].LeadId);
            Assert.Equal(new Uri("http://127.0.0.1/RECORDINGS/MP3/20261130-100002_5557000101_VDAD-all.mp3"), recordings[0].Location);
            Assert.Empty(RecordingLookupParser.Parse(Fixtures.Body("76e-recording_lookup-none"), Secrets.Redactor));
        }

        [Fact]
        public void Recordings_without_the_duration_column_are_not_read_as_if_they_had_it()
        {
            // Without duration=Y the location would shift into the length: the module always asks with it.
            Assert.Throws<VicidialProtocolException>(() => RecordingLookupParser.Parse(Fixtures.Body("76-recording_lookup-lead_id"), Secrets.Redactor));
        }

        [Fact]
        public void Callbacks_of_both_tables_with_comments_last()
        {
            var callbacks = LeadCallbackInfoParser.Parse(Fixtures.Body("77b-lead_callback_info-all-header").Split('\n', 2)[1], 1010023, Secrets.Redactor);
            Assert.Equal(2, callbacks.Count);
            Assert.Equal(CallbackTable.Archive, callbacks[0].Table);
            Assert.Equal("INACTIVE", callbacks[0].Status);
            Assert.Equal(new DateTime(2026, 11, 21, 9, 0, 0), callbacks[0].CallbackTime);
            Assert.Equal(new DateTime(2026, 11, 21, 9, 0, 0), callbacks[0].CustomerTime);
            Assert.Equal("USA-EST-Y-Eastern US Time Zone", callbacks[0].CustomerTimeZone);
            Assert.Equal("first try", callbacks[0].Comments);
            Assert.Equal(CallbackTable.Current, callbacks[1].Table);
            Assert.Null(callbacks[1].CustomerTime);
            Assert.Equal(new DateTime(2026, 12, 1, 18, 47, 59), callbacks[1].EntryTime);
            Assert.Equal("USERONLY", callbacks[1].Recipient);
            Assert.Equal("TESTCAMP", callbacks[1].CampaignId);
            Assert.Equal(9002, callbacks[1].ListId);
            Assert.Equal("moved", callbacks[1].Comments);
        }

        [Fact]
        public void A_callback_comment_with_the_delimiter_or_a_newline_is_read_whole()
        {
            string body = "1010024|CURRENT|ANYONE|ACTIVE|CALLBK|2026-12-02 13:00:00|2026-11-30 13:01:00||9002|TESTCAMP|ADMIN|||call | later\nsecond line\n";
            var callback = Assert.Single(LeadCallbackInfoParser.Parse(body, 1010024, Secrets.Redactor));
            Assert.Equal("call | later\nsecond line", callback.Comments);
            Assert.Equal("", callback.User);
            Assert.Equal("customer's request", Assert.Single(LeadCallbackInfoParser.Parse(Fixtures.Body("77f-lead_callback_info-apostrophe-comment"), 1010024, Secrets.Redactor)).Comments);
            Assert.Empty(LeadCallbackInfoParser.Parse(Fixtures.Body("77d-lead_callback_info-none"), 1010025, Secrets.Redactor));
        }
    }
}
