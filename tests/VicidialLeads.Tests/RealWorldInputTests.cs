using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using VicidialLeads.TestServer;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    /// <summary>
    /// Input as admins really have it, through the cmdlets against the test server: rows of any shape, enrichment that
    /// keeps the row, country codes, spreadsheet artefacts, and round trips through real files.
    /// </summary>
    public sealed class RealWorldInputTests : CmdletTestBase, IDisposable
    {
        private static readonly long[] Leads5112 = { 1011, 1007, 1004, 1001 };
        private static readonly ConditionalWeakTable<TestServerFixture, object> Seeded = new ConditionalWeakTable<TestServerFixture, object>();
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "vicidialleads-input-" + Guid.NewGuid().ToString("N"));

        public RealWorldInputTests(TestServerFixture fixture)
            : base(fixture)
        {
            Directory.CreateDirectory(_folder);
            lock (Seeded)
            {
                if (!Seeded.TryGetValue(fixture, out _))
                {
                    // Leads outlive a reset: added once per server. 1020 was loaded with the country code in phone_number.
                    fixture.Server.State.AddLead(new Lead(1020, "19998885112", 101, FirstName: "Eleven", LastName: "Digits"));
                    fixture.Server.State.AddLead(new Lead(1021, "2079460958", 101, FirstName: "London"));
                    fixture.Server.State.AddLead(new Lead(880002, "7275550002", 301, EntryListId: 301, FirstName: "Other"),
                        new[] { new KeyValuePair<string, string>("region", "West") });
                    Seeded.Add(fixture, new object());
                }
            }
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string WriteFile(string name, string text)
        {
            string path = Path.Combine(_folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        private ScriptRun Run(string script, params (string Name, object? Value)[] variables) =>
            Fixture.ConnectAndRun(script, variables.ToDictionary(v => v.Name, v => v.Value));

        private long Searches() => Fixture.Server.State.RequestCount("lead_search");

        // ---- Any row shape ----

        [Theory]
        [InlineData("phone_number")]
        [InlineData("PhoneNumber")]
        [InlineData("Phone Number")]
        [InlineData("Phone")]
        [InlineData("Number")]
        [InlineData("Mobile")]
        [InlineData("MobilePhone")]
        [InlineData("Cell")]
        [InlineData("CellPhone")]
        [InlineData("Telephone")]
        [InlineData("Tel")]
        [InlineData("mobile ")]
        [InlineData("MOBILE_PHONE")]
        [InlineData("cell-phone")]
        [InlineData("Tel.")]
        public void A_csv_file_binds_by_any_accepted_phone_column_name(string column)
        {
            string path = WriteFile("numbers.csv", $"name,\"{column}\",email\nMaria,999-888-5112,m@example.com\nThomas,9998886112,t@example.com\nNobody,4075551212,n@example.com\n");
            var run = Run("Import-Csv $path | Search-VicidialLead", ("path", path));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new[] { "9998885112", "9998886112", "4075551212" }, run.Results.Select(r => r.PhoneNumber));
            Assert.Equal(Leads5112, run.Results[0].LeadIds);
            Assert.Equal(new long[] { 1013 }, run.Results[1].LeadIds);
            Assert.Empty(run.Results[2].LeadIds);
        }

        [Fact]
        public void Every_phone_column_of_a_row_is_searched_and_each_result_names_its_column()
        {
            var run = Run("'Tel,Cell,Mobile,name', '4075551212,,9998886112,a', '4075551212,4075551213,9998885112,b' | ConvertFrom-Csv | Search-VicidialLead -Verbose");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            // Row a has no Cell number: its two others are searched, and the empty column is no mistake.
            Assert.Equal(new[] { "4075551212", "9998886112", "4075551212", "4075551213", "9998885112" }, run.Results.Select(r => r.PhoneNumber));
            Assert.Equal(new[] { "Tel", "Mobile", "Tel", "Cell", "Mobile" }, run.Results.Select(r => r.PhoneColumn));
            var said = run.Verbose.Where(v => v.Contains("Reading phone numbers")).ToList();
            Assert.Single(said);
            Assert.Contains("'Tel', 'Cell' and 'Mobile'", said[0]);
        }

        [Fact]
        public void CRM_exports_have_their_phone_columns_found_and_a_generic_Number_never_wins_over_them()
        {
            string hubspot = WriteFile("hubspot.csv", "First Name,Mobile Phone Number,Number\nAnn,999-888-6112,A-17\n");
            var run = Run("Import-Csv $path | Search-VicidialLead", ("path", hubspot));
            Assert.Empty(run.Errors);
            Assert.Equal(new long[] { 1013 }, run.Results.Single().LeadIds);

            string dynamics = WriteFile("dynamics.csv", "Full Name,Business Phone,Home Phone,Mobile Phone\nAnn,4075551212,,999-888-5112\n");
            Assert.Equal(new[] { "Business Phone", "Mobile Phone" }, Run("Import-Csv $path | Search-VicidialLead", ("path", dynamics)).Results.Select(r => r.PhoneColumn));

            string salesforce = WriteFile("salesforce.csv", "Name,MobilePhone,HomePhone,OtherPhone\nAnn,,999-888-6112,\n");
            Assert.Equal(new long[] { 1013 }, Run("Import-Csv $path | Search-VicidialLead", ("path", salesforce)).Results.Single().LeadIds);

            // Alone, Number is read as the phone column.
            Assert.Equal(new long[] { 1013 }, Run("[pscustomobject]@{ Number = '9998886112' } | Search-VicidialLead").Results.Single().LeadIds);
        }

        [Fact]
        public void A_row_without_a_number_in_any_phone_column_is_one_error_that_names_them()
        {
            var run = Run("'Customer,Home,Work,Mobile', 'Ann,,,', 'Bo,n/a,,9998886112' | ConvertFrom-Csv | Search-VicidialLead 2>&1");
            var errors = run.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(2, errors.Count);
            Assert.Contains("'Home', 'Work' and 'Mobile'", errors[0].Exception.Message);
            Assert.Contains("Column 'Home'", errors[1].Exception.Message);
            Assert.IsType<PSObject>(errors[1].TargetObject);
            Assert.Equal(new long[] { 1013 }, run.Results.Single().LeadIds);
            Assert.Equal("Mobile", run.Results.Single().PhoneColumn);
        }

        [Fact]
        public void PhoneProperty_takes_several_columns_and_AppendResult_writes_each_row_once_with_the_leads_of_all()
        {
            var run = Run("'Customer,Home,Work,Mobile', 'Ann,9998886112,4075551212,999-888-5112' | ConvertFrom-Csv | Search-VicidialLead -PhoneProperty Mobile, Home");
            Assert.Equal(new[] { "Home", "Mobile" }, run.Results.Select(r => r.PhoneColumn));

            var appended = Run("$out = 'Customer,Home,Work,Mobile', 'Ann,9998886112,4075551212,999-888-5112', 'Cy,,,9998886112' | ConvertFrom-Csv | Search-VicidialLead -AppendResult\n" +
                               "$out | ForEach-Object { $_.Customer + '|' + $_.RecordsFound + '|' + $_.LeadIds }");
            Assert.Equal(new[] { "Ann|5|1013-1011-1007-1004-1001", "Cy|1|1013" }, appended.Output.Cast<string>());
        }

        [Fact]
        public void Rows_of_several_layouts_each_resolve_their_column_once()
        {
            var run = Run(
                "$a = 'Mobile,name', '9998886112,a' | ConvertFrom-Csv\n" +
                "$b = 'name,Phone', 'b,9998885112' | ConvertFrom-Csv\n" +
                "$a, $b, $a, $b, @{ tel = '4075551212' }, @{ tel = '9998886112' } | Search-VicidialLead -Verbose");
            Assert.Null(run.Terminating);
            Assert.Equal(new[] { "9998886112", "9998885112", "9998886112", "9998885112", "4075551212", "9998886112" }, run.Results.Select(r => r.PhoneNumber));
            var said = run.Verbose.Where(v => v.StartsWith("Reading phone numbers")).ToList();
            Assert.Equal(3, said.Count);
            Assert.Contains("'Mobile'", said[0]);
            Assert.Contains("'Phone'", said[1]);
            Assert.Contains("'tel'", said[2]);
        }

        [Fact]
        public void PhoneProperty_names_the_column()
        {
            var run = Run("'Phone,Home Phone', '4075551212,9998886112' | ConvertFrom-Csv | Search-VicidialLead -PhoneProperty 'home phone'");
            Assert.Equal("9998886112", run.Results.Single().PhoneNumber);
            var missing = Run("'Phone,name', '9998886112,a' | ConvertFrom-Csv | Search-VicidialLead -PhoneProperty Mobile");
            Assert.Equal(ErrorCategory.InvalidArgument, missing.Terminating!.CategoryInfo.Category);
            Assert.Contains("no column 'Mobile'", missing.Terminating.Exception.Message);
            Assert.Contains("Phone, name", missing.Terminating.Exception.Message);
        }

        [Fact]
        public void Arguments_arrays_and_InputObject_bind_as_the_pipeline_does()
        {
            var run = Run(
                "Search-VicidialLead 9998886112\n" +
                "Search-VicidialLead -PhoneNumber 9998886112, '999-888-5112'\n" +
                "Search-VicidialLead -InputObject ('Mobile', '9998886112', '9998885112' | ConvertFrom-Csv)");
            Assert.Null(run.Terminating);
            Assert.Equal(new[] { "9998886112", "9998886112", "9998885112", "9998886112", "9998885112" }, run.Results.Select(r => r.PhoneNumber));
            Assert.Equal("999-888-5112", run.Results[2].InputObject);
            Assert.Equal("9998885112", ((PSObject)run.Results[4].InputObject).Properties["Mobile"].Value);
        }

        [Fact]
        public void Get_VicidialLead_reads_the_phone_column_named_by_PhoneProperty_over_lead_ids()
        {
            var run = Run("[pscustomobject]@{ LeadIds = '1001'; Home = '999-888-6112' } | Get-VicidialLead -PhoneProperty home");
            Assert.Null(run.Terminating);
            Assert.Equal(new long[] { 1013 }, run.Leads.Select(l => l.LeadId));
        }

        [Fact]
        public void Hashtables_and_ordered_dictionaries_bind_by_key()
        {
            var run = Run("@{ Cell = '999-888-5112'; who = 'a' }, [ordered]@{ who = 'b'; 'Phone Number' = '9998886112' } | Search-VicidialLead");
            Assert.Null(run.Terminating);
            Assert.Equal(new[] { "9998885112", "9998886112" }, run.Results.Select(r => r.PhoneNumber));
        }

        [Fact]
        public void Ten_thousand_rows_without_a_phone_column_are_one_error_and_nothing_is_sent()
        {
            var text = new System.Text.StringBuilder("customer,email\n");
            for (int i = 0; i < 10_000; i++) text.Append("Customer ").Append(i).Append(",c").Append(i).Append("@example.com\n");
            string path = WriteFile("no-phone.csv", text.ToString());
            long before = Searches() + 1; // the connect check
            var clock = Stopwatch.StartNew();
            var run = Run("Import-Csv $path | Search-VicidialLead", ("path", path));
            clock.Stop();
            Assert.NotNull(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Empty(run.Output);
            Assert.Equal(ErrorCategory.InvalidArgument, run.Terminating!.CategoryInfo.Category);
            Assert.Equal("PhoneColumnNotFound,VicidialLeads.Commands.SearchVicidialLeadCommand", run.Terminating.FullyQualifiedErrorId);
            string message = run.Terminating.Exception.Message;
            Assert.Contains("Its columns: customer, email", message);
            Assert.Contains("phone_number, PhoneNumber, Phone, Number, Mobile", message);
            Assert.Contains("-PhoneProperty customer", message);
            Assert.Equal("Customer 0", ((PSObject)run.Terminating.TargetObject).Properties["customer"].Value);
            Assert.Equal(before, Searches());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        }

        [Fact]
        public void Rows_before_the_first_row_without_a_phone_column_are_answered_first()
        {
            var run = Run("[pscustomobject]@{ phone = '9998886112' }, [pscustomobject]@{ mobile = '9998885112' }, [pscustomobject]@{ name = 'x' }, [pscustomobject]@{ phone = '9998885112' } | Search-VicidialLead");
            Assert.Equal(new[] { "9998886112", "9998885112" }, run.Results.Select(r => r.PhoneNumber));
            Assert.Contains("Its columns: name", run.Terminating!.Exception.Message);
        }

        [Fact]
        public void Rows_with_a_vendor_lead_code_column_and_no_phone_column_search_by_vendor_code()
        {
            var run = Run("[pscustomobject]@{ vendor_lead_code = 'ACME-0042'; name = 'a' }, [pscustomobject]@{ 'Vendor Lead Code' = 'VLC-5112-A' } | Search-VicidialLead -Verbose");
            Assert.Null(run.Terminating);
            var results = run.Output.Select(o => o is PSObject p ? p.BaseObject : o).Cast<LeadSearchResult>().ToList();
            Assert.Equal(LeadSearchMethod.VendorLeadCode, results[0].SearchMethod);
            Assert.Equal(new long[] { 1013, 1003 }, results[0].LeadIds);
            Assert.Equal(new long[] { 1001 }, results[1].LeadIds);
            Assert.Contains(run.Verbose, v => v.Contains("vendor lead code"));
        }

        // ---- Enrichment ----

        [Fact]
        public void Results_carry_their_row_and_errors_name_it_so_failed_rows_can_run_again()
        {
            string path = WriteFile("customers.csv",
                "customer,Mobile\nAnn,9998885112\nBob,bad-number\nCy,9998885112\nDi,9998886112\nEd,12345\nAnn,9998886112\n");
            var run = Run(
                "$found = Import-Csv $path | Search-VicidialLead -ErrorVariable failed -ErrorAction SilentlyContinue\n" +
                "$found | Select-Object @{ n = 'Customer'; e = { $_.InputObject.customer } }, PhoneNumber, @{ n = 'Ids'; e = { $_.LeadIds.ToString() } } | ForEach-Object { \"$($_.Customer)=$($_.PhoneNumber)=$($_.Ids)\" }\n" +
                "'--'\n" +
                "$failed | ForEach-Object { $_.TargetObject.customer }\n" +
                "'--'\n" +
                "$failed.TargetObject | Search-VicidialLead -ErrorAction SilentlyContinue -ErrorVariable again\n" +
                "$again | ForEach-Object { $_.TargetObject.customer }",
                ("path", path));
            Assert.Null(run.Terminating);
            var lines = run.Output.OfType<string>().ToList();
            Assert.Equal(new[]
            {
                "Ann=9998885112=1011-1007-1004-1001", "Cy=9998885112=1011-1007-1004-1001", "Di=9998886112=1013", "Ann=9998886112=1013",
                "--", "Bob", "Ed", "--", "Bob", "Ed",
            }, lines);
        }

        [Fact]
        public void AppendResult_writes_every_row_once_in_order_with_the_result_columns()
        {
            string path = WriteFile("customers.csv", "customer,Mobile,note\nAnn,9998885112,first\nBob,bad-number,second\nCy,4075551212,third\nAnn,9998885112,again\n");
            string output = Path.Combine(_folder, "enriched.csv");
            var run = Run("Import-Csv $path | Search-VicidialLead -AppendResult -ErrorAction SilentlyContinue -ErrorVariable failed | Export-Csv $output -NoTypeInformation\n$failed",
                ("path", path), ("output", output));
            Assert.Null(run.Terminating);
            var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
            Assert.Equal("Bob", ((PSObject)error.TargetObject).Properties["customer"].Value);
            string[] lines = File.ReadAllLines(output);
            Assert.Equal(new[]
            {
                "\"customer\",\"Mobile\",\"note\",\"RecordsFound\",\"LeadIds\",\"Truncated\",\"SearchError\"",
                "\"Ann\",\"9998885112\",\"first\",\"4\",\"1011-1007-1004-1001\",\"False\",\"\"",
                $"\"Bob\",\"bad-number\",\"second\",,\"\",,\"{error.Exception.Message}\"",
                "\"Cy\",\"4075551212\",\"third\",\"0\",\"\",\"False\",\"\"",
                "\"Ann\",\"9998885112\",\"again\",\"4\",\"1011-1007-1004-1001\",\"False\",\"\"",
            }, lines);
        }

        [Fact]
        public void AppendResult_changes_no_input_and_replaces_columns_of_its_names_in_place()
        {
            var run = Run(
                "$row = [pscustomobject]@{ LeadIds = 'old'; phone = '9998886112'; RecordsFound = 99 }\n" +
                "$table = @{ Cell = '9998885112' }\n" +
                "$out = $row, $table, '4075551212' | Search-VicidialLead -AppendResult -Verbose\n" +
                "($out[0].PSObject.Properties.Name -join ',') + '|' + $out[0].LeadIds + '|' + $out[0].RecordsFound\n" +
                "($out[1].PSObject.Properties.Name -join ',') + '|' + $out[1].LeadIds\n" +
                "($out[2].PSObject.Properties.Name -join ',') + '|' + $out[2].PhoneNumber + '|' + $out[2].RecordsFound\n" +
                "($row.PSObject.Properties.Name -join ',') + '|' + $row.LeadIds\n" +
                "($table.Keys -join ',')");
            Assert.Null(run.Terminating);
            Assert.Equal(new[]
            {
                "LeadIds,phone,RecordsFound,Truncated,SearchError|1013|1",
                "Cell,RecordsFound,LeadIds,Truncated,SearchError|1011-1007-1004-1001",
                "PhoneNumber,RecordsFound,LeadIds,Truncated,SearchError|4075551212|0",
                "LeadIds,phone,RecordsFound|old",
                "Cell",
            }, run.Output.Cast<string>());
            Assert.Single(run.Verbose, v => v.Contains("its values are replaced"));
        }

        // ---- Numbers as people write them ----

        [Theory]
        [InlineData("'+1 999-888-5112'")]
        [InlineData("'+19998885112'")]
        [InlineData("'1-999-888-5112'")]
        [InlineData("'19998885112'")]
        [InlineData("19998885112")]
        [InlineData("'+1 (999) 888-5112 ext. 7'")]
        public void A_number_with_the_country_code_finds_the_leads_stored_with_and_without_it(string value)
        {
            var result = Run($"{value} | Search-VicidialLead").Results.Single();
            Assert.Equal("9998885112", result.PhoneNumber);
            Assert.Equal(new long[] { 1020, 1011, 1007, 1004, 1001 }, result.LeadIds);
            Assert.False(result.Truncated);
            // Without the code, the number is searched as written only.
            Assert.Equal(Leads5112, Run("Search-VicidialLead 9998885112").Results.Single().LeadIds);
        }

        [Fact]
        public void Merged_forms_honour_records_and_truncated()
        {
            var result = Run("Search-VicidialLead '+1 999 888 5112' -Records 2").Results.Single();
            Assert.Equal(new long[] { 1020, 1011 }, result.LeadIds);
            Assert.True(result.Truncated);
            var all = Run("Search-VicidialLead '+1 999 888 5112' -Records 5").Results.Single();
            Assert.Equal(5, all.RecordsFound);
        }

        [Fact]
        public void Another_country_code_is_an_error_that_says_which_phone_code_to_pass()
        {
            long before = Searches() + 1;
            var run = Run("Search-VicidialLead '+44 20 7946 0958', '+52 55 1234 5678' 2>&1");
            var errors = run.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(2, errors.Count);
            Assert.All(errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Contains("-PhoneCode 44", errors[0].Exception.Message);
            Assert.Contains("-PhoneCode 52", errors[1].Exception.Message);
            Assert.Equal(before, Searches());

            var uk = Run("Search-VicidialLead '+44 20 7946 0958', 442079460958 -PhoneCode 44").Results;
            Assert.All(uk, r => Assert.Equal(new long[] { 1021 }, r.LeadIds));
            Assert.Equal(ErrorCategory.InvalidArgument, Run("Search-VicidialLead 9998885112 -PhoneCode +1").Terminating!.CategoryInfo.Category);
        }

        [Fact]
        public void Spreadsheet_artefacts_and_numbers_read_as_the_number_they_mean()
        {
            var run = Run(
                "$values = '9998885112.0', '9.998885112E+09', '=\"9998885112\"', \"'9998885112\", \"999`u{00A0}888`u{00A0}5112\", \"999`u{2013}888`u{2014}5112\", " +
                "'999-888-5112 x12', '999-888-5112 ext. 12', '(999) 888-5112 #12', 9998885112, 9998885112.0, 9.998885112E+09, [decimal]9998885112, [long]9998885112\n" +
                "$values | Search-VicidialLead\n" +
                "[pscustomobject]@{ Mobile = 9.998885112E+09 } | Search-VicidialLead");
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(15, run.Results.Count);
            Assert.All(run.Results, r => Assert.Equal(Leads5112, r.LeadIds));
        }

        [Fact]
        public void An_ambiguous_number_is_an_error_that_says_why()
        {
            var run = Run("'9.99888511E+09', '9.99889E+09', '9998885112.5', 9998885112.5 | Search-VicidialLead 2>&1");
            var errors = run.Output.OfType<ErrorRecord>().ToList();
            Assert.Equal(4, errors.Count);
            Assert.Contains("lost its last 1 digit", errors[0].Exception.Message);
            Assert.Contains("as text", errors[0].Exception.Message);
            Assert.Contains("lost its last 4 digits", errors[1].Exception.Message);
            Assert.Contains("fraction", errors[2].Exception.Message);
            Assert.Contains("not a whole number", errors[3].Exception.Message);
            Assert.Equal("9.99888511E+09", errors[0].TargetObject);
        }

        // ---- Round trips ----

        [Fact]
        public void Archived_results_are_read_from_the_archive()
        {
            var run = Run("Search-VicidialLead 7185550123 -Archived | Get-VicidialLead");
            Assert.Empty(run.Errors);
            var leads = run.Leads;
            Assert.Equal(new long[] { 5002, 5001 }, leads.Select(l => l.LeadId));
            Assert.All(leads, l => Assert.True(l.Archived));
        }

        [Fact]
        public void Exported_search_results_read_back_into_Get_VicidialLead_archive_included()
        {
            string live = Path.Combine(_folder, "live.csv");
            string archived = Path.Combine(_folder, "archived.csv");
            var run = Run(
                "Search-VicidialLead 9998885112, 4075551212, 9998886112 | Export-Csv $live -NoTypeInformation\n" +
                "Search-VicidialLead 7185550123 -Archived | Export-Csv $archived -NoTypeInformation\n" +
                "Import-Csv $live | Get-VicidialLead\n" +
                "Import-Csv $archived | Get-VicidialLead",
                ("live", live), ("archived", archived));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Contains("1011-1007-1004-1001", File.ReadAllText(live));
            var leads = run.Leads;
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001, 1013, 5002, 5001 }, leads.Select(l => l.LeadId));
            Assert.Equal(new[] { false, false, false, false, false, true, true }, leads.Select(l => l.Archived));
        }

        [Fact]
        public void A_numbers_file_reads_into_Get_VicidialLead_by_its_phone_column()
        {
            string path = WriteFile("numbers.csv", "Customer,Cell Phone\nAnn,+1 999-888-5112\nCy,999-888-6112\n");
            var run = Run("Import-Csv $path | Get-VicidialLead -Verbose", ("path", path));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new long[] { 1020, 1011, 1007, 1004, 1001, 1013 }, run.Leads.Select(l => l.LeadId));
            Assert.Single(run.Verbose, v => v.Contains("Reading phone numbers from the column 'Cell Phone'"));
        }

        [Fact]
        public void An_archive_search_appended_to_a_file_reads_its_archived_leads_back()
        {
            string numbers = WriteFile("archived.csv", "customer,phone\nArchie,718-555-0123\n");
            string enriched = Path.Combine(_folder, "archived-enriched.csv");
            var run = Run("Import-Csv $numbers | Search-VicidialLead -Archived -AppendResult | Export-Csv $enriched -NoTypeInformation; Import-Csv $enriched | Get-VicidialLead",
                ("numbers", numbers), ("enriched", enriched));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new long[] { 5002, 5001 }, run.Leads.Select(l => l.LeadId));
            Assert.All(run.Leads, l => Assert.True(l.Archived));
            Assert.Equal("\"customer\",\"phone\",\"RecordsFound\",\"LeadIds\",\"Truncated\",\"SearchError\",\"Archived\"", File.ReadLines(enriched).First());
        }

        [Fact]
        public void DataRows_are_read_and_appended_by_their_columns_only()
        {
            var run = Run("$t = [System.Data.DataTable]::new(); [void]$t.Columns.Add('Name'); [void]$t.Columns.Add('Mobile'); " +
                          "[void]$t.Rows.Add('Ann', '999-888-5112'); [void]$t.Rows.Add('Cy', [DBNull]::Value)\n" +
                          "$out = $t.Rows | Search-VicidialLead -AppendResult -ErrorAction SilentlyContinue\n" +
                          "$out | ForEach-Object { ($_.PSObject.Properties.Name -join ',') + '|' + $_.LeadIds + '|' + [bool]$_.SearchError }");
            Assert.Null(run.Terminating);
            Assert.Equal(new[]
            {
                "Name,Mobile,RecordsFound,LeadIds,Truncated,SearchError|1011-1007-1004-1001|False",
                "Name,Mobile,RecordsFound,LeadIds,Truncated,SearchError||True",
            }, run.Output.Cast<string>());
        }

        [Theory]
        [InlineData(";")]
        [InlineData("\t")]
        public void A_file_read_with_the_wrong_delimiter_says_which_delimiter_to_use(string delimiter)
        {
            string path = WriteFile("semicolons.csv", $"Name{delimiter}Mobile Phone{delimiter}City\nAnn{delimiter}999-888-5112{delimiter}Springfield\n");
            var run = Run("Import-Csv $path | Search-VicidialLead", ("path", path));
            Assert.Equal("WrongDelimiter", run.Terminating!.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains(delimiter == ";" ? "-Delimiter ';'" : "-Delimiter '`t'", run.Terminating.Exception.Message);
            Assert.DoesNotContain("-PhoneProperty", run.Terminating.Exception.Message);
        }

        [Fact]
        public void Blank_rows_are_skipped_and_counted_even_when_errors_stop_the_run()
        {
            string path = WriteFile("trailing.csv", "phone,name\n9998885112,Ann\n,\n  ,\n9998886112,Cy\n,\n");
            var run = Run("Import-Csv $path | Search-VicidialLead -Verbose -ErrorAction Stop", ("path", path));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new[] { "9998885112", "9998886112" }, run.Results.Select(r => r.PhoneNumber));
            Assert.Contains(run.Verbose, v => v.Contains("3 blank rows skipped"));

            var leads = Run("'lead_id,name', '1013,Cy', ',', ',Nobody' | ConvertFrom-Csv | Get-VicidialLead 2>&1");
            Assert.Equal(new long[] { 1013 }, leads.Leads.Select(l => l.LeadId));
            var error = Assert.Single(leads.Output.OfType<ErrorRecord>());
            Assert.Equal("InvalidLeadId", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("empty", error.Exception.Message);
        }

        [Fact]
        public void Get_VicidialLead_reads_dash_joined_ids_from_a_LeadIds_column_and_stops_once_at_a_row_it_cannot_read()
        {
            var ids = Run("[pscustomobject]@{ LeadIds = '1013-1002' } | Get-VicidialLead").Leads.Select(l => l.LeadId);
            Assert.Equal(new long[] { 1013, 1002 }, ids);

            var run = Run("[pscustomobject]@{ lead_id = 1013 }, [pscustomobject]@{ name = 'x'; email = 'y' }, [pscustomobject]@{ lead_id = 1002 } | Get-VicidialLead");
            Assert.Equal(new long[] { 1013 }, run.Leads.Select(l => l.LeadId));
            Assert.Equal(ErrorCategory.InvalidArgument, run.Terminating!.CategoryInfo.Category);
            Assert.Contains("Its columns: name, email", run.Terminating.Exception.Message);
            Assert.Contains("LeadIds, lead_id, LeadId", run.Terminating.Exception.Message);
            Assert.Contains("-PhoneProperty", run.Terminating.Exception.Message);

            var bad = Run("[pscustomobject]@{ LeadIds = '1013-x' } | Get-VicidialLead 2>&1").Output.OfType<ErrorRecord>().Single();
            Assert.Equal("InvalidLeadId", bad.FullyQualifiedErrorId.Split(',')[0]);
            Assert.IsType<PSObject>(bad.TargetObject);
        }

        [Fact]
        public void Get_VicidialLead_exports_standard_columns_first_then_custom_fields_without_a_CustomFields_column()
        {
            string all = Path.Combine(_folder, "all.csv");
            var run = Run(
                "(Get-VicidialLead 1001 -IncludeCustomFields | ConvertTo-Csv -NoTypeInformation)[0]\n" +
                "$leads = Get-VicidialLead 1001, 1004, 880002 -IncludeCustomFields\n" +
                "$columns = $leads | ForEach-Object { $_.PSObject.Properties.Name } | Select-Object -Unique\n" +
                "$leads | Select-Object $columns | Export-Csv $all -NoTypeInformation\n" +
                "$leads[0].CustomFields['account_no']",
                ("all", all));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            string standard = "\"LeadId\",\"Status\",\"User\",\"VendorLeadCode\",\"SourceId\",\"ListId\",\"GmtOffsetNow\",\"PhoneCode\",\"PhoneNumber\",\"Title\",\"FirstName\",\"MiddleInitial\",\"LastName\",\"Address1\",\"Address2\",\"Address3\",\"City\",\"State\",\"Province\",\"PostalCode\",\"CountryCode\",\"Gender\",\"DateOfBirth\",\"AltPhone\",\"Email\",\"SecurityPhrase\",\"Comments\",\"CalledCount\",\"LastLocalCallTime\",\"Rank\",\"Owner\",\"EntryListId\",\"Archived\"";
            Assert.Equal(standard + ",\"account_no\",\"contract_type\",\"cf_notes\"", run.Output[0]);
            Assert.Equal("AC-100001", run.Output[1]);
            string[] lines = File.ReadAllLines(all);
            Assert.Equal(standard + ",\"account_no\",\"contract_type\",\"cf_notes\",\"region\"", lines[0]);
            Assert.Equal(4, lines.Length);
            Assert.EndsWith("\"AC-100001\",\"MONTHLY\",\"prefers mornings\",", lines[1]);
            Assert.EndsWith(",,,,", lines[2]);
            Assert.EndsWith(",,,\"West\"", lines[3]);
            Assert.DoesNotContain("CustomFields", File.ReadAllText(all));
        }

        [Fact]
        public void Deserialized_results_keep_their_values_and_pipe_into_Get_VicidialLead()
        {
            string results = Path.Combine(_folder, "results.xml");
            var run = Run(
                "Search-VicidialLead 9998885112, 7185550123 -Records 3 -Archived:$false | Export-Clixml $results\n" +
                "Search-VicidialLead 7185550123 -Archived | Export-Clixml ($results + '.archived')\n" +
                "$back = Import-Clixml $results\n" +
                "$back[0].PSObject.TypeNames[0]\n" +
                "$back[0].LeadIds -join '-'\n" +
                "$back[0].InputObject\n" +
                "($back + @(Import-Clixml ($results + '.archived'))) | Get-VicidialLead | ForEach-Object { '{0}:{1}' -f $_.LeadId, $_.Archived }",
                ("results", results));
            Assert.Null(run.Terminating);
            Assert.Empty(run.Errors);
            Assert.Equal(new object[] { "Deserialized.VicidialLeads.LeadSearchResult", "1011-1007-1004", "9998885112", "1011:False", "1007:False", "1004:False", "5002:True", "5001:True" }, run.Output);
        }
    }
}
