using System;
using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    public class LeadAllInfoParserTests
    {
        private static VicidialLead Lead(LeadRecord record)
        {
            var standard = new Dictionary<string, string>();
            var custom = new System.Collections.Specialized.OrderedDictionary();
            for (int i = 0; i < record.Names.Count; i++)
            {
                if (i < LeadAllInfoParser.StandardFields.Length) standard[record.Names[i]] = record.Values[i];
                else custom[record.Names[i]] = record.Values[i];
            }
            return new VicidialLead(standard, custom);
        }

        [Fact]
        public void Reads_a_lead_with_typed_fields()
        {
            var blocks = LeadAllInfoParser.Parse(Fixtures.Body("37-lai-archived"), LeadAllInfoStage.Pipe, Secrets.Redactor);
            var lead = Lead(Assert.Single(blocks).Record!);
            Assert.Equal(5001, lead.LeadId);
            Assert.Equal("SALE", lead.Status);
            Assert.Equal(101, lead.ListId);
            Assert.Equal(-5.00m, lead.GmtOffsetNow);
            Assert.Equal("Harold", lead.FirstName);
            Assert.Equal("Feinberg", lead.LastName);
            Assert.Equal(new DateTime(2019, 3, 20, 15, 0, 0), lead.LastLocalCallTime);
            Assert.Null(lead.DateOfBirth);
            Assert.Equal(6, lead.CalledCount);
            Assert.Equal("Archived lead, old campaign", lead.Comments);
        }

        [Fact]
        public void A_pipe_inside_a_value_makes_the_record_ambiguous_in_pipe_stage()
        {
            var block = Assert.Single(LeadAllInfoParser.Parse(Fixtures.Body("32-lai-1004-header"), LeadAllInfoStage.Pipe, Secrets.Redactor));
            Assert.Null(block.Record);
            // The comments hold the pipe: placing fields from both ends recovers them exactly.
            var lead = Lead(LeadAllInfoParser.ResolveByComments(block.Header, block.Text, '|')!);
            Assert.Equal("Customer asked|call back after 5pm", lead.Comments);
            Assert.Equal(1004, lead.LeadId);
        }

        [Fact]
        public void A_tab_inside_a_value_makes_the_record_ambiguous_in_tab_stage_but_not_in_pipe_stage()
        {
            var tab = Assert.Single(LeadAllInfoParser.Parse(Fixtures.Body("33-lai-1011-header-tab"), LeadAllInfoStage.Tab, Secrets.Redactor));
            Assert.Null(tab.Record);
            var byPhone = LeadAllInfoParser.Parse(Fixtures.Body("35-lai-phone-9998885112"), LeadAllInfoStage.Pipe, Secrets.Redactor);
            Assert.Equal(4, byPhone.Count);
            var lead1011 = Lead(byPhone[0].Record!);
            Assert.Equal(1011, lead1011.LeadId);
            Assert.Equal("Prefers email\tno calls on Sundays", lead1011.Comments);
            Assert.Null(byPhone[2].Record); // 1004's comment holds a pipe
            Assert.Equal("José", Lead(byPhone[1].Record!).FirstName);
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, byPhone.Select(b => long.Parse(b.Text.Split('|').Last())));
        }

        [Fact]
        public void A_comma_inside_a_value_shows_why_csv_is_a_last_resort()
        {
            var block = Assert.Single(LeadAllInfoParser.Parse(Fixtures.Body("33b-lai-1001-csv"), LeadAllInfoStage.Csv, Secrets.Redactor));
            Assert.Null(block.Record);
        }

        [Fact]
        public void Custom_fields_follow_the_standard_ones_in_the_server_order()
        {
            var lead = Lead(Assert.Single(LeadAllInfoParser.Parse(Fixtures.Body("34-lai-1001-custom"), LeadAllInfoStage.Pipe, Secrets.Redactor)).Record!);
            Assert.Equal(new object[] { "account_no", "contract_type", "cf_notes" }, lead.CustomFields.Keys.Cast<object>());
            Assert.Equal("AC-100001", lead.CustomFields["account_no"]);
            Assert.Equal(new DateTime(1979, 4, 12), lead.DateOfBirth);
        }

        [Fact]
        public void A_newline_inside_a_value_stays_in_its_record()
        {
            string header = string.Join("|", LeadAllInfoParser.StandardFields);
            string record = "NEW||V1|SRC|101|-5.00|1|9998885112||Ann||Lee|1 Main St|||Town|FL||32801|USA|F|||||line one\nline two|0||0||0|42";
            var block = Assert.Single(LeadAllInfoParser.Parse(header + "\n" + record + "\n", LeadAllInfoStage.Pipe, Secrets.Redactor));
            Assert.Equal("line one\nline two", Lead(block.Record!).Comments);
            Assert.Equal(42, Lead(block.Record!).LeadId);
        }

        [Fact]
        public void An_error_line_in_place_of_one_lead_leaves_the_others()
        {
            string header = string.Join("|", LeadAllInfoParser.StandardFields);
            string first = "NEW||V1|SRC|101|-5.00|1|9998885112||Ann||Lee|1 Main St|||Town|FL||32801|USA|F|||||ERROR: in a comment\nERROR: on a second line|0||0||0|42";
            string body = header + "\n" + first + "\n" + header + "\nERROR: lead_all_info LIST NOT FOUND - 6666|||\n" + header + "\n" + first.Replace("|42", "|43") + "\n";
            var blocks = LeadAllInfoParser.Parse(body, LeadAllInfoStage.Pipe, Secrets.Redactor);
            Assert.Equal(3, blocks.Count);
            Assert.Equal("ERROR: in a comment\nERROR: on a second line", Lead(blocks[0].Record!).Comments);
            Assert.Equal("ERROR: lead_all_info LIST NOT FOUND - 6666|||", blocks[1].Error);
            Assert.Null(blocks[1].Record);
            Assert.Equal(43, Lead(blocks[2].Record!).LeadId);
        }

        [Theory]
        [InlineData("")]
        [InlineData("status|user|vendor_lead_code|source_id|list_id")]
        [InlineData("NEW||V1|SRC|101\n")]
        [InlineData("status|user|vendor_lead_code|source_id|list_id|x\n")]
        public void Malformed_answers_are_protocol_errors(string body)
        {
            Assert.Throws<VicidialProtocolException>(() => LeadAllInfoParser.Parse(body, LeadAllInfoStage.Pipe, Secrets.Redactor));
        }
    }
}
