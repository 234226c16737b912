// Construction only: no network in tests. Sending is nodemailer's job.
import { describe, expect, it } from 'vitest'
import { buildConfig } from '../../config/build-config.ts'
import { createSmtpEmailAdapter } from './smtp-adapter.ts'
import { createOutboxEmailAdapter } from './outbox-adapter.ts'
import { emailAdapterFor, publicLink } from './send-email.ts'

describe('email adapters', () => {
  it('builds an SMTP adapter over nodemailer without connecting, and survives buildConfig’s freeze', () => {
    const adapter = createSmtpEmailAdapter({ transport: { host: 'smtp.example.test', port: 2525, secure: false, auth: { user: 'u', pass: 'p' } }, defaultFrom: 'cms@example.test' })
    expect(adapter.name).toBe('smtp')
    expect(adapter.transporter.transporter.name).toBe('SMTP')
    const config = buildConfig({ secret: 'x'.repeat(32), db: { url: 'file:./x.db' }, collections: [], email: { adapter } })
    expect(emailAdapterFor(config)).toBe(adapter)
    expect(Object.isFrozen(adapter.transporter)).toBe(false)
  })

  it('defaults to one console outbox per config', () => {
    const config = buildConfig({ secret: 'x'.repeat(32), db: { url: 'file:./x.db' }, collections: [] })
    expect(emailAdapterFor(config).name).toBe('outbox')
    expect(emailAdapterFor(config)).toBe(emailAdapterFor(config))
  })

  it('keeps outbox messages after the config is frozen', async () => {
    const adapter = createOutboxEmailAdapter({ log: false })
    buildConfig({ secret: 'x'.repeat(32), db: { url: 'file:./x.db' }, collections: [], email: { adapter } })
    await adapter.sendEmail({ to: 'a@b.test', subject: 's', html: '<p>h</p>' })
    expect(adapter.outbox).toEqual([{ to: 'a@b.test', subject: 's', html: '<p>h</p>' }])
  })

  it('builds links on serverURL only, with the token encoded', () => {
    expect(publicLink({ serverURL: 'https://cms.example.test/' }, '/reset-password', 'a+b/c')).toBe('https://cms.example.test/reset-password?token=a%2Bb%2Fc')
    expect(publicLink({}, '/verify-email', 't')).toBe('/verify-email?token=t')
  })
})
