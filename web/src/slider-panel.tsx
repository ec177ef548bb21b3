/**
 * @module The sliders: one per ranged value, grouped by issue, actor, lever and section; a moved
 * slider fixes its value in every draw (reset puts the range back).
 */
import { useState } from 'preact/hooks'
import type { Pins, Slider, SliderGroup } from './sliders.ts'

/** The groups, the moved values, and what to call on a move. */
export interface SliderPanelProps {
  groups: SliderGroup[]
  pins: Pins
  onPin: (name: string, value: number | undefined) => void
}

function round(value: number): string {
  return String(Number(value.toPrecision(4)))
}

/**
 * The sliders, each group folded (the moved ones open).
 *
 * @example
 * <SliderPanel groups={groups} pins={pins} onPin={(name, value) => …} />
 */
export function SliderPanel(props: SliderPanelProps) {
  const { groups, pins, onPin } = props
  const count = groups.reduce((total, group) => total + group.sliders.length, 0)
  return (
    <section aria-labelledby="sliders-title">
      <h2 id="sliders-title">Ranged values ({count})</h2>
      <p class="note">
        Moving a slider fixes that value in every draw (it is no longer drawn from its range).
      </p>
      {groups.map((group) => {
        const moved = group.sliders.some((slider) => pins[slider.name] !== undefined)
        return (
          <details key={group.title} open={moved}>
            <summary>{group.title}</summary>
            {group.sliders.map((slider) => (
              <SliderRow
                key={slider.name}
                slider={slider}
                pinned={pins[slider.name]}
                onPin={onPin}
              />
            ))}
          </details>
        )
      })}
    </section>
  )
}

/** One slider: its value follows the thumb while it moves; the recompute starts on release. */
function SliderRow(props: {
  slider: Slider
  pinned: number | undefined
  onPin: (name: string, value: number | undefined) => void
}) {
  const { slider, pinned, onPin } = props
  const [moving, setMoving] = useState<number | undefined>(undefined)
  const id = `slider-${slider.name.replace(/[^\w-]/g, '_')}`
  return (
    <div class="slider" data-slider={slider.name}>
      <label for={id}>
        {slider.label}: <output>{round(moving ?? pinned ?? slider.value)}</output>{' '}
        <span class="note">
          ({round(slider.low)}–{round(slider.high)}
          {pinned === undefined ? ', drawn' : ', fixed'})
        </span>
      </label>
      <input
        id={id}
        type="range"
        min={slider.low}
        max={slider.high}
        step={(slider.high - slider.low) / 100}
        value={moving ?? pinned ?? slider.value}
        onInput={(event) => setMoving(Number(event.currentTarget.value))}
        onChange={(event) => {
          setMoving(undefined)
          onPin(slider.name, Number(event.currentTarget.value))
        }}
      />
      {pinned !== undefined && (
        <button type="button" onClick={() => onPin(slider.name, undefined)}>
          Reset {slider.label}
        </button>
      )}
    </div>
  )
}
