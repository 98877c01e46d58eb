// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "core/sha256.h"

#include <openssl/evp.h>

namespace rd {

namespace {

EVP_MD_CTX *context(void *opaque)
{
    return static_cast<EVP_MD_CTX *>(opaque);
}

} // namespace

void Sha256::ContextDeleter::operator()(void *opaque) const
{
    EVP_MD_CTX_free(context(opaque));
}

Sha256::Sha256()
{
    EVP_MD_CTX *created = EVP_MD_CTX_new();
    if (created && EVP_DigestInit_ex(created, EVP_sha256(), nullptr) == 1) {
        m_context.reset(created);
        return;
    }
    EVP_MD_CTX_free(created);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (!m_context) {
        m_fallback.addData(bytes);
        return;
    }
    if (!m_failed && EVP_DigestUpdate(context(m_context.get()), bytes.data(), std::size_t(bytes.size())) != 1)
        m_failed = true;
}

QByteArray Sha256::result()
{
    if (!m_context)
        return m_fallback.result();
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (m_failed
        || EVP_DigestFinal_ex(context(m_context.get()), reinterpret_cast<unsigned char *>(digest.data()), &size) != 1)
        return {};
    digest.truncate(qsizetype(size));
    return digest;
}

} // namespace rd
