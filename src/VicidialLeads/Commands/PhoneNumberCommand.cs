using System;
using System.Management.Automation;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// The parameters of every cmdlet that takes phone numbers: as arguments (-PhoneNumber), or from the pipeline
    /// (-InputObject: values, rows of any shape, the module's results) with -PhoneProperty, and -PhoneCode.
    /// </summary>
    public abstract class PhoneNumberCommand : VicidialApiCommand
    {
        private protected const string PhoneNumberSet = "PhoneNumber";
        private protected const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PhoneNumberSet)]
        [Alias("phone_number", "Phone", "Number")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string?[] PhoneNumber { get; set; } = Array.Empty<string>();

        /// <summary>What the pipeline gives: phone numbers (text or numbers), or rows of any shape whose phone columns are found by name.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The columns of pipeline rows that hold phone numbers, instead of every column with an accepted name.</summary>
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNullOrEmpty]
        public string[]? PhoneProperty { get; set; }

        /// <summary>The country code of the numbers (VICIdial's phone_code); a leading + must be followed by it.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(PhoneCodeCompleter))]
        public string PhoneCode { get; set; } = PhoneNumberRules.DefaultPhoneCode;

        /// <summary>Hands this call's inputs to <paramref name="submit"/>: the pipeline object's values, or each -PhoneNumber.</summary>
        private protected void ReadPhoneNumbers<TOutcome>(CommandRun<TOutcome> run, PipelineInputReader reader, Action<InputValue> submit, Action? flush = null)
            where TOutcome : class
        {
            if (ParameterSetName == InputObjectSet)
            {
                run.Read(reader, InputObject, submit, flush);
                return;
            }
            foreach (string? value in PhoneNumber ?? new string?[] { null })
                submit(InputValue.PhoneNumber(value, value, PhoneCode));
        }
    }
}
