import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Whole đồng, grouped the Vietnamese way: 12.500.000 ₫. */
export function VndInput(props: NumberInputProps) {
  return (
    <NumberInput
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      min={0}
      suffix=" ₫"
      inputMode="numeric"
      {...props}
    />
  );
}
